package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commission approves or rejects; never the proposer or the assessor. */
public record ApproveCase(CaseId caseId, Boolean approved, String notes) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
