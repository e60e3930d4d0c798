package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Brings the steps of a case opened by the version before one record per fact, which kept them in a stream of
 * the case's own, into the person's record; sent at start for every such case, it does something once, and
 * only for a case still open.
 */
public record CarryOverCase(CaseId caseId) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
