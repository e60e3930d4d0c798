package cn.nengshang.policy.progress;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The months of a term and the assessment windows over them: calendar quarters and term-years.
 * A month has ended at 24:00 of its last day; "as of" a day means at the end of that day.
 */
public record TermCalendar(YearMonth startMonth, int months) {

    public YearMonth endMonth() {
        return startMonth.plusMonths(months - 1L);
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(startMonth) && !month.isAfter(endMonth());
    }

    /** How many of the term's months have fully ended by the end of the given day. */
    public int endedMonths(LocalDate asOf) {
        return (int) IntStream.range(0, months)
                .filter(i -> !startMonth.plusMonths(i).atEndOfMonth().isAfter(asOf))
                .count();
    }

    public List<YearMonth> firstMonths(int count) {
        return IntStream.range(0, count).mapToObj(startMonth::plusMonths).toList();
    }

    /** The ended term-months grouped by calendar quarter, in order. */
    public List<List<YearMonth>> quarters(int ended) {
        Map<String, List<YearMonth>> byQuarter = new LinkedHashMap<>();
        for (YearMonth month : firstMonths(ended)) {
            byQuarter.computeIfAbsent(quarterOf(month), q -> new ArrayList<>()).add(month);
        }
        return List.copyOf(byQuarter.values());
    }

    /** The ended term-months grouped by term-year (12 months from the term's start), in order. */
    public List<List<YearMonth>> termYears(int ended) {
        List<List<YearMonth>> years = new ArrayList<>();
        List<YearMonth> all = firstMonths(ended);
        for (int from = 0; from < all.size(); from += 12) {
            years.add(all.subList(from, Math.min(from + 12, all.size())));
        }
        return years;
    }

    public static String quarterOf(YearMonth month) {
        return Quarter.of(month).toString();
    }

    /** Whether any of the term's months falls in the quarter. */
    public boolean overlaps(Quarter quarter) {
        return contains(quarter.firstMonth()) || contains(quarter.lastMonth())
                || contains(quarter.firstMonth().plusMonths(1));
    }

    /** The Mondays that fall in a month: each is one week of the per-week task. */
    public static List<LocalDate> mondaysOf(YearMonth month) {
        List<LocalDate> mondays = new ArrayList<>();
        LocalDate day = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        for (; !day.isAfter(month.atEndOfMonth()); day = day.plusWeeks(1)) {
            mondays.add(day);
        }
        return mondays;
    }
}
