package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.OpenCaseChanged;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.CaseKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A case's outcome entered the person's record; the appointment state follows it. */
@Revision("1")
public record CaseConcluded(StaffId staffId, CaseId caseId, CaseKind kind, CaseOutcome outcome,
                                    Integer postGrade, LocalDate effectiveOn, AppointmentState state)
        implements CaseEvent, OpenCaseChanged {

    @Override
    public CaseId openCase() {
        return null;
    }

    @Override
    public Text summary() {
        return new Text("案件 %s 结案：%s，自 %s 起状态 %s".formatted(caseId, outcome, effectiveOn, state),
                "case %s concluded: %s, state %s from %s".formatted(caseId, outcome, state, effectiveOn));
    }
}
