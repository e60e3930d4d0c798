package cn.nengshang.ledger.appointment.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The post grade the person is appointed to, and paid by, changed from a day, for a reason; {@code downgrade}
 * when the change is a down-grade (高职低聘), which bars that year's awards. Revision 2 added it: a revision 1
 * change was a down-grade when its reason said DOWNGRADED.
 */
@Revision("2")
public record PostGradeChanged(StaffId staffId, int from, int to, LocalDate effectiveOn, String reason, String caseId,
                               boolean downgrade) implements PersonEvent {

    @Override
    public Text summary() {
        return new Text("岗位等级自 %s 起由 %d 级调整为 %d 级（%s）".formatted(effectiveOn, from, to, reason),
                "post grade %d → %d from %s (%s)".formatted(from, to, effectiveOn, reason));
    }
}
