package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.staff.api.CaseOutcome;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.CaseKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The case ended: what it changed for the person, and from when. */
@Revision("1")
public record CaseConcluded(String caseId, StaffId staffId, CaseKind kind, CaseOutcome outcome, Integer postGrade, LocalDate effectiveOn) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 结案：%s".formatted(caseId, outcome), "case %s concluded: %s".formatted(caseId, outcome));
    }
}
