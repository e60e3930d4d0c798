package cn.nengshang.policy.progress;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * How a task's numbers were counted, as findings with their figures and no words: each finding is a code and
 * its arguments, which the ledger's message bundles render in the reader's language. A wording change is then
 * a change of the bundles, never of a rule.
 *
 * <p>Arguments are numbers, dates, months, ids, enum constants (rendered by their own name in the bundles where
 * one is given), lists of these, {@link MonthCount}s, {@link MonthShare}s and nested {@link Finding}s.
 */
public record Explanation(List<Finding> findings) {

    public Explanation {
        findings = List.copyOf(findings);
    }

    /** What the evaluator can say. */
    public enum Code {
        NOT_APPLICABLE,
        EITHER_SUFFICES,
        COUNTED_FROM_REPORTS,
        COUNTED_FROM_RECORDS,
        NOTHING_COUNTED,
        MISSING_REPORTS,
        DUE_BY_TERM_MONTH,
        DUE_AT_TERM_END,
        COUNTED_IN_TERM_YEAR,
        DUE_BY_TERM_YEAR_MONTH,
        WINDOW,
        NO_MONTH_ENDED,
        AT_LEAST_A_MONTH,
        DAYS_FOR_WEEKS,
        TOTAL,
        MONTHS_AT_MINIMUM,
        EVERY_MONTH_BINDING,
        MADE_UP_IN_QUARTER,
        EVERY_WINDOW_MET,
        WINDOWS_SHORT,
        MENTEES_ACTIVE,
        MENTEES_REPLACED,
        MENTEES_REQUIRED,
        MENTEE,
        LEVEL_REQUIRED,
        IMPROVEMENT,
        IMPROVEMENT_NO_BASELINE,
        IMPROVEMENT_NOT_RECORDED,
        OR_AT_MOST,
        RECORDS_REQUIRED,
        ALL_RECORDED,
        RECORDS_MISSING,
        WORKLOAD,
        MENTEE_IMPROVEMENT,
        MENTEE_ASSESSED,
        MENTEE_NOT_ASSESSED,
        NO_INCIDENT,
        INCIDENTS,
        INCIDENT,
        CURRENT_STANDING
    }

    /** One finding: a code and its figures. */
    public record Finding(Code code, List<Object> args) {

        public Finding {
            Objects.requireNonNull(code, "code");
            args = List.copyOf(args);
        }
    }

    /** A month and what it counted. */
    public record MonthCount(YearMonth month, int count) {
    }

    /** A month, what it counted and what it required. */
    public record MonthShare(YearMonth month, int count, int required) {
    }

    public static Finding finding(Code code, Object... args) {
        return new Finding(code, Arrays.asList(args));
    }

    public static Explanation of(Code code, Object... args) {
        return new Explanation(List.of(finding(code, args)));
    }

    public static Explanation of(List<Finding> findings) {
        return new Explanation(findings);
    }

    /** This explanation, then one more finding. */
    public Explanation and(Code code, Object... args) {
        return and(of(code, args));
    }

    /** This explanation, then another. */
    public Explanation and(Explanation more) {
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more.findings);
        return new Explanation(all);
    }

    /** Whether a finding of this code is part of the explanation. */
    public boolean says(Code code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
