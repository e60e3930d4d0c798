package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A mentee left the register for a recorded reason and another took their place. */
@Revision("1")
public record MenteeReplaced(StaffId staffId, TermId termId, String menteeId, String reason, String replacementId,
                             String replacementName, BigDecimal replacementBaselineScore, LocalDate on)
        implements TermEvent {

    @Override
    public Text summary() {
        return new Text("徒弟 %s 更换为 %s（%s），原因：%s".formatted(menteeId, replacementId, replacementName, reason),
                "mentee %s replaced by %s (%s): %s".formatted(menteeId, replacementId, replacementName, reason));
    }
}
