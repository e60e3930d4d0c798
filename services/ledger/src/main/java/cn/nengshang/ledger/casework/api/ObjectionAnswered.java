package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** An objection was checked and answered. */
@Revision("1")
public record ObjectionAnswered(CaseId caseId, StaffId staffId, String objectionId, String answer, boolean upheld)
        implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 异议 %s 已答复%s".formatted(caseId, objectionId, upheld ? "（成立）" : "（不成立）"),
                "case %s: objection %s answered (%s)".formatted(caseId, objectionId, upheld ? "upheld" : "not upheld"));
    }
}
