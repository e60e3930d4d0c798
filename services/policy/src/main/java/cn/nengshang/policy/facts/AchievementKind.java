package cn.nengshang.policy.facts;

/** What an achievement record says; some carry a level, some a value (a score, or a rate in percent). */
public enum AchievementKind {
    KEY_SPECIALTY_DESIGNATED(true, false),
    SPECIALTY_SCORE(false, true),
    NEW_TECHNIQUE(false, false),
    PUBLIC_HEALTH_MODEL(false, false),
    TOWNSHIP_KEY_SPECIALTY(false, false),
    FAMOUS_DOCTOR_STUDIO(false, false),
    QC_PASS_RATE(false, true),
    INDICATOR_RATE(false, true),
    DISPUTE_RATE(false, true);

    private final boolean needsLevel;
    private final boolean needsValue;

    AchievementKind(boolean needsLevel, boolean needsValue) {
        this.needsLevel = needsLevel;
        this.needsValue = needsValue;
    }

    public boolean needsLevel() {
        return needsLevel;
    }

    public boolean needsValue() {
        return needsValue;
    }

    /** A rate is a percentage from 0 to 100; a score has no upper bound. */
    public boolean isRate() {
        return this == QC_PASS_RATE || this == INDICATOR_RATE || this == DISPUTE_RATE;
    }
}
