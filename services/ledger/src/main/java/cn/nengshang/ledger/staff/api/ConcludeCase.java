package cn.nengshang.ledger.staff.api;

import cn.nengshang.policy.casework.CaseKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Carry a concluded case's outcome into the person's record (sent by the case process). */
public record ConcludeCase(@TargetAggregateIdentifier StaffId staffId, String caseId, CaseKind kind,
                           CaseOutcome outcome, Integer postGrade, LocalDate effectiveOn) {
}
