package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** The qualification review found the proposal confirmed, returned or dismissed. */
@Revision("1")
public record QualificationReviewed(CaseId caseId, StaffId staffId, Qualification outcome, String notes)
        implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 资格审查：%s".formatted(caseId, outcome),
                "case %s qualification review: %s".formatted(caseId, outcome));
    }
}
