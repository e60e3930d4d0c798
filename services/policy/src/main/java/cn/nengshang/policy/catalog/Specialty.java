package cn.nengshang.policy.catalog;

/**
 * One of the 105 declared specialties (申报专业) with its practice category (执业类别) and practice
 * scope (执业范围). {@code surgical} marks the surgery and anaesthesia scopes, which carry task G4.
 */
public record Specialty(String code, String name, String practiceCategory, String practiceScope, boolean surgical) {
}
