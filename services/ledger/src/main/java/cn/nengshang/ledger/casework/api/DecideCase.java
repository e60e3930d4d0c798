package cn.nengshang.ledger.casework.api;

import cn.nengshang.policy.casework.Decision;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The party committee's meeting decides. */
public record DecideCase(CaseId caseId, Integer members, Integer present, Integer inFavour, Decision outcome,
                         Integer postGrade) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
