package cn.nengshang.policy.progress;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the evaluator needs to know of one appointment term: who (rank, family, surgical),
 * when (first month, length) and what was recorded (reports by month, exempt weeks by their Monday).
 */
public record TermFacts(YearMonth startMonth, int months, Rank rank, TaskFamily family, boolean surgical,
                        Map<YearMonth, MonthlyFacts> reports, Set<LocalDate> exemptWeeks) {

    public TermFacts {
        reports = new TreeMap<>(reports);
        exemptWeeks = Set.copyOf(exemptWeeks);
    }

    public TermCalendar calendar() {
        return new TermCalendar(startMonth, months);
    }
}
