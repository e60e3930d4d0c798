package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** The commission scores the comprehensive assessment. */
public record AssessCase(CaseId caseId, BigDecimal quantitative, BigDecimal democratic, BigDecimal defence,
                         BigDecimal quantitativeWeight, BigDecimal democraticWeight, BigDecimal defenceWeight) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return caseId.staffId();
    }
}
