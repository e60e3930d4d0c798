package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Record an assessment of a mentee. */
public record AssessMentee(TermId termId, String menteeId, LocalDate date, BigDecimal score) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
