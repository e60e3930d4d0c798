package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** HR centre: open a case by hand. Answers the case id. */
public record OpenCase(@TargetAggregateIdentifier StaffId staffId, CaseKind kind, List<Ground> grounds, String notes) {
}
