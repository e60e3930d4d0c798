package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** An objection was raised during the notice. */
@Revision("1")
public record ObjectionRaised(String caseId, StaffId staffId, String objectionId, String text, String raisedBy) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 收到异议 %s".formatted(caseId, objectionId), "case %s: objection %s raised".formatted(caseId, objectionId));
    }
}
