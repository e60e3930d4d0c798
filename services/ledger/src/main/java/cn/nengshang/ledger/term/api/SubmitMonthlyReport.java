package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/**
 * Submit, resubmit or correct the report of a term's month. {@code expectedVersion}, when given, must be
 * the version last read (If-Match). Answers a {@link ReportReceipt}.
 */
public record SubmitMonthlyReport(TermId termId, YearMonth month, MonthlyReport report, String correctionReason,
                                  Integer expectedVersion) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
