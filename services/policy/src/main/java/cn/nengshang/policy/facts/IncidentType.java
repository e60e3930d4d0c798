package cn.nengshang.policy.facts;

/** The kinds of incident the scheme acts on (DOMAIN §6). */
public enum IncidentType {
    DIRECTIVE_REFUSAL,
    CORE_SYSTEM_VIOLATION,
    MEDICAL_ACCIDENT,
    MAJOR_MEDICAL_ERROR,
    MEDICAL_DISPUTE,
    ETHICS_VIOLATION,
    FRAUD,
    LEADERSHIP_DETERMINATION
}
