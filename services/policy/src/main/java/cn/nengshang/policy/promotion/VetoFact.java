package cn.nengshang.policy.promotion;

import java.time.LocalDate;

/**
 * A fact a veto may read: its type (FALSE_APPLICATION, SANCTION, MEDICAL_ACCIDENT, …), the day it took effect (an
 * appraisal's effect, a finding), the accident grade 1-4 or the severity SERIOUS / MINOR where one applies, the
 * responsibility FULL / PRIMARY / SECONDARY / MINOR, and for a sanction the last day it lasts; {@code record} names the
 * record it comes from.
 */
public record VetoFact(String record, String type, LocalDate effectiveOn, Integer grade, String severity,
                       String responsibility, LocalDate sanctionedUntil) {
}
