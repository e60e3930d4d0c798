package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A grassroots week (named by its Monday) was excused, e.g. for approved leave. */
@Revision("1")
public record WeekExempted(StaffId staffId, TermId termId, LocalDate weekOf, String reason) implements TermEvent {

    @Override
    public Text summary() {
        return new Text("%s 所在周免除下沉：%s".formatted(weekOf, reason),
                "week of %s excused from grassroots duty: %s".formatted(weekOf, reason));
    }
}
