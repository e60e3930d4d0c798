package cn.nengshang.policy.facts;

/** The health commission's annual rating: 优秀, 合格, 基本合格, 不合格. */
public enum AnnualRating {
    EXCELLENT,
    COMPETENT,
    BASICALLY_COMPETENT,
    INCOMPETENT;

    /** Competent or better: counts as a passed year. */
    public boolean passed() {
        return this == EXCELLENT || this == COMPETENT;
    }
}
