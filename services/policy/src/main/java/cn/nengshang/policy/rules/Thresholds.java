package cn.nengshang.policy.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of DOMAIN §5-§7 that a county may set: when reports are due, how long rectification lasts,
 * what counts as repeated refusals or violations, which accident grades trigger, how long the public
 * notice runs, and the committee's quorum and majority and the assessment's minimum quantitative weight.
 */
public record Thresholds(Integer reportDueDay, Integer rectificationMonths, Integer directiveRefusals,
                         Integer coreSystemViolations, Integer worstAccidentGradeTriggering,
                         Integer noticeWorkingDays, Fraction committeeQuorum, Fraction committeeMajority,
                         BigDecimal minimumQuantitativeWeight) {

    /** The day a month's report is due: the {@code reportDueDay}th of the month after it. */
    public java.time.LocalDate reportDueOn(java.time.YearMonth month) {
        return reportDueOn(month, reportDueDay);
    }

    /** The day a month's report is due, given the policy's due day. */
    public static java.time.LocalDate reportDueOn(java.time.YearMonth month, int reportDueDay) {
        return month.plusMonths(1).atDay(reportDueDay);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        within(problems, "reportDueDay", reportDueDay, 1, 28);
        within(problems, "rectificationMonths", rectificationMonths, 1, 24);
        within(problems, "directiveRefusals", directiveRefusals, 1, 100);
        within(problems, "coreSystemViolations", coreSystemViolations, 1, 100);
        within(problems, "worstAccidentGradeTriggering", worstAccidentGradeTriggering, 1, 4);
        within(problems, "noticeWorkingDays", noticeWorkingDays, 1, 60);
        if (committeeQuorum == null || !committeeQuorum.valid()) problems.add("thresholds.committeeQuorum is not a share");
        if (committeeMajority == null || !committeeMajority.valid()) {
            problems.add("thresholds.committeeMajority is not a share");
        }
        if (minimumQuantitativeWeight == null || minimumQuantitativeWeight.signum() <= 0
                || minimumQuantitativeWeight.compareTo(BigDecimal.ONE) > 0) {
            problems.add("thresholds.minimumQuantitativeWeight must be above 0 and at most 1");
        }
        return problems;
    }

    private static void within(List<String> problems, String name, Integer value, int min, int max) {
        if (value == null || value < min || value > max) {
            problems.add("thresholds." + name + " must be from " + min + " to " + max);
        }
    }
}
