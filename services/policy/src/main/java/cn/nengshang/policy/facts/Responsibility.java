package cn.nengshang.policy.facts;

/** Share of responsibility for an accident, damage or dispute: full (完全), primary (主要), secondary (次要), minor (轻微). */
public enum Responsibility {
    PRIMARY,
    SECONDARY,
    MINOR,
    FULL;

    /** Full or primary: the person bears the most of it. */
    public boolean major() {
        return this == FULL || this == PRIMARY;
    }
}
