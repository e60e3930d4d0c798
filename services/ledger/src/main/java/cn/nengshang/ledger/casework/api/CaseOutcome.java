package cn.nengshang.ledger.casework.api;

/** How a case ended. */
public enum CaseOutcome {
    DOWNGRADED,
    RESTORED,
    POST_ADJUSTED,
    DISMISSED,
    NO_CHANGE,
    REJECTED,
    WITHDRAWN
}
