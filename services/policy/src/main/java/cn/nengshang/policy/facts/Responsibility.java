package cn.nengshang.policy.facts;

/** Share of responsibility for an accident or dispute: primary (主要), secondary (次要), minor (轻微). */
public enum Responsibility {
    PRIMARY,
    SECONDARY,
    MINOR
}
