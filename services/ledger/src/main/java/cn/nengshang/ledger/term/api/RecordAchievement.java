package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Level;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Record an achievement. */
public record RecordAchievement(TermId termId, AchievementKind kind, LocalDate date, Level level, BigDecimal value,
                                String description) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
