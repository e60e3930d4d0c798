package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/** The comprehensive assessment was scored. */
@Revision("1")
public record CaseAssessed(CaseId caseId, StaffId staffId, BigDecimal quantitative, BigDecimal democratic,
                           BigDecimal defence, BigDecimal quantitativeWeight, BigDecimal democraticWeight,
                           BigDecimal defenceWeight, BigDecimal total, String assessor) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 综合评估得分 %s".formatted(caseId, total.toPlainString()),
                "case %s assessed: %s".formatted(caseId, total.toPlainString()));
    }
}
