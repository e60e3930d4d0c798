package cn.nengshang.ledger.casework.api;

/** The qualification review's finding: confirmed, returned to the proposer, or dismissed. */
public enum Qualification {
    CONFIRMED,
    RETURNED,
    DISMISSED
}
