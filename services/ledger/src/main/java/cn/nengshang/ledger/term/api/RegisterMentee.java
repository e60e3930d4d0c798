package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.facts.MenteeTrack;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Register a mentee in a term. */
public record RegisterMentee(TermId termId, String menteeId, String name, MenteeTrack track, BigDecimal baselineScore,
                             LocalDate since) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
