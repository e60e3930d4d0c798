package cn.nengshang.ledger.staff.api;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.serialization.Revision;

/** The person's record opened a case: never a second while one is open. */
@Revision("1")
public record CaseOpened(StaffId staffId, String caseId, CaseKind kind, Ground ground, String source,
                         String institutionId, String departmentId, Rank rank, Integer postGrade, String notes)
        implements StaffEvent {

    @Override
    public Text summary() {
        return new Text("立案 %s（%s），依据 %s：%s".formatted(caseId, kind, ground, source),
                "case %s opened (%s) on ground %s: %s".formatted(caseId, kind, ground, source));
    }
}
