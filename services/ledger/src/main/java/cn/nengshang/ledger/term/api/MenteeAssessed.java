package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A mentee's capability was assessed. */
@Revision("1")
public record MenteeAssessed(StaffId staffId, TermId termId, String menteeId, LocalDate date, BigDecimal score)
        implements TermEvent {

    @Override
    public Text summary() {
        return new Text("徒弟 %s 于 %s 评估得分 %s".formatted(menteeId, date, score.toPlainString()),
                "mentee %s assessed %s on %s".formatted(menteeId, score.toPlainString(), date));
    }
}
