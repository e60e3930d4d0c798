package cn.nengshang.policy.facts;

/**
 * The kinds of incident on a person's record: those the scheme acts on (DOMAIN §6), and the veto facts of the title
 * rules (DOMAIN §9), which bar an application for a while and open no case.
 */
public enum IncidentType {
    DIRECTIVE_REFUSAL,
    CORE_SYSTEM_VIOLATION,
    MEDICAL_ACCIDENT,
    MAJOR_MEDICAL_ERROR,
    MEDICAL_DISPUTE,
    ETHICS_VIOLATION,
    FRAUD,
    LEADERSHIP_DETERMINATION,
    /** 医疗损害, appraised with a grade and a responsibility like an accident. */
    MEDICAL_DAMAGE,
    FALSE_APPLICATION,
    /** A serious violation under sanction until its impactUntil. */
    SANCTION,
    RED_ENVELOPE_SOLICITED,
    RED_ENVELOPE_ACCEPTED,
    APPLICATION_CONCEALMENT,
    EXAM_MISCONDUCT,
    /** Another breach of the review rules, SERIOUS or MINOR. */
    REVIEW_RULE_BREACH;

    /** An incident that is a veto of the title rules only. */
    public boolean vetoOnly() {
        return ordinal() >= MEDICAL_DAMAGE.ordinal();
    }

    /** The incidents the title rules' veto table reads: its own, and accidents, which it weighs by grade. */
    public boolean readByTitleRules() {
        return vetoOnly() || this == MEDICAL_ACCIDENT;
    }
}
