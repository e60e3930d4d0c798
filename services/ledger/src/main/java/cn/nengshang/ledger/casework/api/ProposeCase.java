package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The institution's party branch proposes, with reasons and evidence. */
public record ProposeCase(CaseId caseId, String reasons, List<String> evidence) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
