package cn.nengshang.policy.progress;

import cn.nengshang.policy.rules.Metric;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What one monthly report recorded: the counts and the dates of grassroots days. */
public record MonthlyFacts(YearMonth month, Map<Metric, Integer> counts, Set<LocalDate> grassrootsDays) {

    public MonthlyFacts {
        counts = counts.isEmpty() ? Map.of() : new EnumMap<>(counts);
        grassrootsDays = Set.copyOf(new TreeSet<>(grassrootsDays));
    }

    public int count(Metric metric) {
        return metric == Metric.GRASSROOTS_DAYS ? grassrootsDays.size() : counts.getOrDefault(metric, 0);
    }
}
