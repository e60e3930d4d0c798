package cn.nengshang.policy.progress;

/** Where a task stands at a moment of the term (DOMAIN §4). */
public enum Status {
    MET,
    ON_TRACK,
    BEHIND,
    FAILED,
    PENDING,
    NOT_APPLICABLE
}
