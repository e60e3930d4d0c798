package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** The HR centre withdrew the case before approval, for a reason. */
@Revision("1")
public record CaseWithdrawn(CaseId caseId, StaffId staffId, String reason, String withdrawnBy) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 由人事管理中心撤回：%s".formatted(caseId, reason),
                "case %s withdrawn by the HR centre: %s".formatted(caseId, reason));
    }
}
