package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The institution signs the new appointment agreement: the decision takes effect. */
public record SignAgreement(CaseId caseId, LocalDate signedOn, Integer postGrade, Integer termMonths) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
