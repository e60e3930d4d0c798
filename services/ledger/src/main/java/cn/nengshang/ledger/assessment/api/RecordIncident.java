package cn.nengshang.ledger.assessment.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Record an incident against a person: a refusal, a violation, an accident, a dispute, fraud... */
public record RecordIncident(@TargetAggregateIdentifier StaffId staffId, IncidentType type, LocalDate occurredOn,
                             Integer grade, Responsibility responsibility, LocalDate impactUntil,
                             String description) {
}
