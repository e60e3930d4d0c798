package cn.nengshang.policy.casework;

/** What the party committee decides: the outcome a case asks for, or no change. */
public enum Decision {
    DOWNGRADE,
    RESTORE,
    ADJUST_POST,
    DISMISS,
    NO_CHANGE
}
