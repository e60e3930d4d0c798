package cn.nengshang.policy.progress;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Registers;
import cn.nengshang.policy.rules.Metric;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Everything the evaluator needs to know of one appointment term: who (rank, family, surgical),
 * when (first month, length) and what was recorded (reports by month, and the registers).
 */
public record TermFacts(YearMonth startMonth, int months, Rank rank, TaskFamily family, boolean surgical,
                        Map<YearMonth, MonthlyFacts> reports, Registers registers) {

    public TermFacts {
        reports = new TreeMap<>(reports);
        registers = registers == null ? Registers.NONE : registers;
    }

    /** A term known only by its reports and exempt weeks. */
    public TermFacts(YearMonth startMonth, int months, Rank rank, TaskFamily family, boolean surgical,
                     Map<YearMonth, MonthlyFacts> reports, Set<LocalDate> exemptWeeks) {
        this(startMonth, months, rank, family, surgical, reports, new Registers(null, List.of(),
                List.of(), List.of(), exemptWeeks, List.of()));
    }

    public TermCalendar calendar() {
        return new TermCalendar(startMonth, months);
    }

    public Set<LocalDate> exemptWeeks() {
        return registers.exemptWeeks();
    }

    /** How many of a metric one month holds: from its report, or from the registers by their dates. */
    public int count(Metric metric, YearMonth month) {
        return switch (metric) {
            case PROJECTS -> (int) registers.projects().stream()
                    .filter(p -> YearMonth.from(p.date()).equals(month)).count();
            case NEW_TECHNIQUES -> (int) registers.achievements().stream()
                    .filter(a -> a.kind() == AchievementKind.NEW_TECHNIQUE && YearMonth.from(a.date()).equals(month))
                    .count();
            default -> {
                MonthlyFacts report = reports.get(month);
                yield report == null ? 0 : report.count(metric);
            }
        };
    }
}
