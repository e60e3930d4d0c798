package cn.nengshang.policy.progress;

import cn.nengshang.policy.rules.Metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What one monthly report recorded: the counts, the dates of grassroots days, and the B8 workloads. */
public record MonthlyFacts(YearMonth month, Map<Metric, Integer> counts, Set<LocalDate> grassrootsDays,
                           BigDecimal coreWorkload, BigDecimal departmentAverageWorkload) {

    public MonthlyFacts(YearMonth month, Map<Metric, Integer> counts, Set<LocalDate> grassrootsDays) {
        this(month, counts, grassrootsDays, null, null);
    }

    public MonthlyFacts {
        counts = counts.isEmpty() ? Map.of() : new EnumMap<>(counts);
        grassrootsDays = Set.copyOf(new TreeSet<>(grassrootsDays));
    }

    public int count(Metric metric) {
        return metric == Metric.GRASSROOTS_DAYS ? grassrootsDays.size() : counts.getOrDefault(metric, 0);
    }
}
