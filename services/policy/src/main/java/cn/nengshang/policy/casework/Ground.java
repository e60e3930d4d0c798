package cn.nengshang.policy.casework;

/** Why a case is opened (DOMAIN §6, and the term-end and restoration rules of §8). */
public enum Ground {
    RECTIFICATION_FAILED,
    CONSECUTIVE_QUARTER_FAILS,
    ANNUAL_RATING,
    DIRECTIVE_REFUSALS,
    CORE_SYSTEM_VIOLATIONS,
    MEDICAL_ACCIDENT,
    ETHICS,
    FRAUD,
    LEADERSHIP,
    TERM_TASKS_UNMET,
    RESTORATION_ELIGIBLE,
    FAILED_WHILE_DOWNGRADED,
    MANUAL
}
