package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.OpenCaseChanged;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.serialization.Revision;

/**
 * The person's record opened a case: never a second while one is open. {@code policyId} is the policy of the
 * term the ground arose in, which decides the case's procedure; revision 2 added it (cases opened before carry
 * none and follow the policy in force on the day they were opened).
 */
@Revision("2")
public record CaseOpened(StaffId staffId, CaseId caseId, CaseKind kind, Ground ground, String source,
                         String institutionId, String departmentId, Rank rank, Integer postGrade, String notes,
                         String policyId)
        implements CaseEvent, OpenCaseChanged {

    @Override
    public CaseId openCase() {
        return caseId;
    }

    @Override
    public Text summary() {
        return new Text("立案 %s（%s），依据 %s：%s".formatted(caseId, kind, ground, source),
                "case %s opened (%s) on ground %s: %s".formatted(caseId, kind, ground, source));
    }
}
