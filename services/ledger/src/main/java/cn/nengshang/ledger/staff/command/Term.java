package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.policy.progress.TermCalendar;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** One term inside a person's record: its months and the latest report of each, with its version. */
final class Term {

    private final TermId termId;
    private final TermCalendar calendar;
    private final Map<YearMonth, Logged> reports = new HashMap<>();

    Term(TermId termId, YearMonth startMonth, int months) {
        this.termId = termId;
        this.calendar = new TermCalendar(startMonth, months);
    }

    TermId termId() {
        return termId;
    }

    boolean overlaps(YearMonth start, int months) {
        YearMonth end = start.plusMonths(months - 1L);
        return !end.isBefore(calendar.startMonth()) && !start.isAfter(calendar.endMonth());
    }

    void requireOpenMonth(YearMonth month, YearMonth current) {
        if (!calendar.contains(month)) {
            throw new LedgerException(ErrorCode.MONTH_OUTSIDE_TERM, month.toString(), calendar.startMonth().toString(),
                    calendar.endMonth().toString());
        }
        if (!month.isBefore(current)) {
            throw new LedgerException(ErrorCode.MONTH_NOT_ENDED, month.toString());
        }
    }

    Logged report(YearMonth month) {
        return reports.get(month);
    }

    void log(YearMonth month, MonthlyReport report) {
        Logged previous = reports.get(month);
        reports.put(month, new Logged(report, previous == null ? 1 : previous.version() + 1));
    }

    record Logged(MonthlyReport report, int version) {
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Term term && termId.equals(term.termId) && calendar.equals(term.calendar)
                && reports.equals(term.reports);
    }

    @Override
    public int hashCode() {
        return Objects.hash(termId, calendar, reports);
    }
}
