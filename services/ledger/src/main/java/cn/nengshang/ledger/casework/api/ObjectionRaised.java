package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** An objection was raised during the notice. */
@Revision("1")
public record ObjectionRaised(CaseId caseId, StaffId staffId, String objectionId, String text, String raisedBy)
        implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 收到异议 %s".formatted(caseId, objectionId),
                "case %s: objection %s raised".formatted(caseId, objectionId));
    }
}
