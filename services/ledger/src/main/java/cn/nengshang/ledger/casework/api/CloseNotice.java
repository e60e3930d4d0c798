package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the notice after its last working day (sent by the notice process). */
public record CloseNotice(CaseId caseId) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
