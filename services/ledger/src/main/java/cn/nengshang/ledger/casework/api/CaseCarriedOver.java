package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.Decision;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Map;

/**
 * The steps an open case took under the previous version, kept there in a stream of the case's own, joined the
 * person's record: the step it is at, who proposed and assessed it, the committee's decision, the notice's
 * last day and its objections (answered or not), so that the procedure goes on where it stood.
 */
@Revision("1")
public record CaseCarriedOver(CaseId caseId, StaffId staffId, CaseState state, String proposer, String assessor,
                              Decision decision, Integer decidedPostGrade, LocalDate noticeEndsOn,
                              Map<String, Boolean> objections, int objectionsRaised) implements CaseEvent {

    public CaseCarriedOver {
        objections = objections == null ? Map.of() : Map.copyOf(objections);
    }

    @Override
    public Text summary() {
        return new Text("案件 %s 此前的办理环节并入个人档案，当前环节 %s".formatted(caseId, state),
                "case %s: its steps so far joined the person's record, at %s".formatted(caseId, state));
    }
}
