package cn.nengshang.ledger.assessment.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Record an incident against a person: a refusal, a violation, an accident, a dispute, fraud, or a veto fact of the
 * title rules; {@code severity} (SERIOUS, MINOR) for a breach of the review rules, {@code effectiveOn} the day an
 * appraisal or finding took effect when it is not the day it occurred.
 */
public record RecordIncident(@TargetAggregateIdentifier StaffId staffId, IncidentType type, LocalDate occurredOn,
                             Integer grade, Responsibility responsibility, LocalDate impactUntil,
                             String description, String severity, LocalDate effectiveOn) {

    public RecordIncident(StaffId staffId, IncidentType type, LocalDate occurredOn, Integer grade,
                          Responsibility responsibility, LocalDate impactUntil, String description) {
        this(staffId, type, occurredOn, grade, responsibility, impactUntil, description, null, null);
    }
}
