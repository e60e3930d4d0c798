package cn.nengshang.policy.rules;

/** Whether a short month may be made up inside its quarter, or every month is binding. */
public enum Reading {
    QUARTER_TOTAL,
    PER_MONTH
}
