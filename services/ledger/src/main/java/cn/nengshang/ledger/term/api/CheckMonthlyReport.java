package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/** The due day of a month's report has passed: record it as overdue if it is missing. */
public record CheckMonthlyReport(TermId termId, YearMonth month) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
