package cn.nengshang.ledger.staff.api;

import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The post grade the person is appointed to, and paid by, changed from a day, for a reason. */
@Revision("1")
public record PostGradeChanged(StaffId staffId, int from, int to, LocalDate effectiveOn, String reason, String caseId)
        implements StaffEvent {

    @Override
    public Text summary() {
        return new Text("岗位等级自 %s 起由 %d 级调整为 %d 级（%s）".formatted(effectiveOn, from, to, reason),
                "post grade %d → %d from %s (%s)".formatted(from, to, effectiveOn, reason));
    }
}
