package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Anyone in the consortium objects during the notice. */
public record RaiseObjection(CaseId caseId, String text) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
