package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Level;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An achievement of the term was recorded: a designation, a score or rate, a technique, a model. */
@Revision("1")
public record AchievementRecorded(StaffId staffId, TermId termId, String achievementId, AchievementKind kind,
                                  LocalDate date, Level level, BigDecimal value, String description)
        implements TermEvent {

    @Override
    public Text summary() {
        return new Text("登记成果：%s %s%s".formatted(kind, value == null ? "" : value.toPlainString() + " ", description),
                "achievement recorded: %s %s%s".formatted(kind, value == null ? "" : value.toPlainString() + " ", description));
    }
}
