package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** The commission approved the decision, or rejected it. */
@Revision("1")
public record CaseApproved(CaseId caseId, StaffId staffId, boolean approved, String notes, String approver)
        implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 卫健委%s".formatted(caseId, approved ? "批准" : "不予批准"),
                "case %s %s by the commission".formatted(caseId, approved ? "approved" : "rejected"));
    }
}
