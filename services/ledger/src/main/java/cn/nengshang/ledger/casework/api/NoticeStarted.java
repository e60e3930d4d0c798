package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Public notice began; it runs to the end of its last working day. */
@Revision("1")
public record NoticeStarted(CaseId caseId, StaffId staffId, LocalDate startsOn, LocalDate endsOn, int workingDays)
        implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 公示 %s 至 %s（%d 个工作日）".formatted(caseId, startsOn, endsOn, workingDays),
                "case %s on public notice from %s to %s (%d working days)".formatted(caseId, startsOn, endsOn, workingDays));
    }
}
