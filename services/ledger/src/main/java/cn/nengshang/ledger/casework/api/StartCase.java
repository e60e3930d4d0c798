package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Open the case file (sent by the case process when a person's record opens a case). */
public record StartCase(@TargetAggregateIdentifier String caseId, StaffId staffId, CaseKind kind, Ground ground, String source, String institutionId, String departmentId, Rank rank, Integer postGrade) {
}
