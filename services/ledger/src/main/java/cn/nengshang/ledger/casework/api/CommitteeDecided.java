package cn.nengshang.ledger.casework.api;

import cn.nengshang.policy.casework.Decision;
import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** The party committee decided with a quorum and the majority. */
@Revision("1")
public record CommitteeDecided(CaseId caseId, StaffId staffId, int members, int present, int inFavour, Decision outcome,
                               Integer postGrade) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 党委会决定：%s（应到 %d，实到 %d，赞成 %d）".formatted(caseId, outcome, members, present, inFavour),
                "case %s decided: %s (%d members, %d present, %d in favour)".formatted(caseId, outcome, members, present, inFavour));
    }
}
