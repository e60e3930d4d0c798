package cn.nengshang.ledger.common;

/**
 * The name this replica claims processor segments under in the shared token store: {@code nengshang.node-id}, or
 * its process and a random part, so that two replicas in one process, as in the tests, never take each other's
 * claims for their own.
 */
public record ProcessingNode(String id) {
}
