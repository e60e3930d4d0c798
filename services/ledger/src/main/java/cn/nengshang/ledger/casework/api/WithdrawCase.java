package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The HR centre withdraws a case before its approval, with a reason (DOMAIN §7). */
public record WithdrawCase(CaseId caseId, String reason) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
