package cn.nengshang.policy.casework;

import cn.nengshang.policy.rules.Thresholds;

import java.time.LocalDate;

/**
 * A rectification period (整改期, DOMAIN §6): it runs the policy's number of months from the day the failed
 * quarter's verdict was recorded, and is judged on the first report due day on or after its end, so that the
 * last month's report can arrive.
 */
public final class Rectifications {

    private Rectifications() {
    }

    public record Period(LocalDate startsOn, LocalDate endsOn, LocalDate judgedOn) {
    }

    public static Period from(Thresholds thresholds, LocalDate verdictDay) {
        LocalDate endsOn = verdictDay.plusMonths(thresholds.rectificationMonths());
        return new Period(verdictDay, endsOn, dueDayOnOrAfter(endsOn, thresholds.reportDueDay()));
    }

    /** The first report due day (the {@code dueDay}th of a month) on or after a day. */
    public static LocalDate dueDayOnOrAfter(LocalDate day, int dueDay) {
        LocalDate due = day.withDayOfMonth(dueDay);
        return due.isBefore(day) ? due.plusMonths(1) : due;
    }

    /**
     * Whether a failed rectification is a ground. A period that began before the down-grade now in effect
     * judged the shortfall that down-grade answered: it is recorded, but failing again while down-graded
     * counts from the down-grade on, as restoration does.
     */
    public static boolean failureCounts(LocalDate periodStart, LocalDate downgradedOn) {
        return downgradedOn == null || !periodStart.isBefore(downgradedOn);
    }
}
