package cn.nengshang.policy.facts;

import java.time.LocalDate;

/** An incident as the rules see it; grade is the accident grade 1-4 where one applies. */
public record Incident(IncidentType type, LocalDate occurredOn, Integer grade, Responsibility responsibility,
                       LocalDate impactUntil) {
}
