package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A quarterly FAIL started a rectification period (整改期): from the verdict's day for the policy's number of
 * months; it is judged when the first monthly report due on or after its end is in.
 */
@Revision("1")
public record RectificationStarted(StaffId staffId, String rectificationId, TermId termId, String quarter,
                                   LocalDate startsOn, LocalDate endsOn, LocalDate judgedOn, Instant judgedAt)
        implements OfTerm {

    @Override
    public Text summary() {
        return new Text("%s 季度不合格，整改期 %s 至 %s，%s 评定".formatted(quarter, startsOn, endsOn, judgedOn),
                "%s failed: rectification from %s to %s, judged on %s".formatted(quarter, startsOn, endsOn, judgedOn));
    }
}
