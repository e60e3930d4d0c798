package cn.nengshang.ledger.policies.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Publish a policy version: the whole document, as JSON. */
public record PublishPolicy(@TargetAggregateIdentifier String policyId, String document) {
}
