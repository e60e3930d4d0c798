package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.MenteeTrack;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/** A mentee (徒弟) joined the term's register with their baseline capability score. */
@Revision("1")
public record MenteeRegistered(StaffId staffId, TermId termId, String menteeId, String name, MenteeTrack track,
                               BigDecimal baselineScore, LocalDate since) implements TermEvent {

    @Override
    public Text summary() {
        return new Text("登记%s徒弟 %s（%s），基线评分 %s".formatted(track == MenteeTrack.DEPARTMENT ? "科室" : "基层", menteeId, name, baselineScore.toPlainString()),
                "%s mentee %s (%s) registered, baseline score %s".formatted(track.name().toLowerCase(Locale.ROOT), menteeId, name, baselineScore.toPlainString()));
    }
}
