package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.serialization.Revision;

/** The case file was opened. */
@Revision("1")
public record CaseStarted(String caseId, StaffId staffId, CaseKind kind, Ground ground, String source, String institutionId, String departmentId, Rank rank, Integer postGrade) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 立案（%s）".formatted(caseId, kind), "case %s opened (%s)".formatted(caseId, kind));
    }
}
