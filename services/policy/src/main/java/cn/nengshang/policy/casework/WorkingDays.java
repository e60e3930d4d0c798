package cn.nengshang.policy.casework;

import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.TextRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Working days: Monday to Friday, less public holidays (national and Xinjiang's regional ones), plus the
 * weekend days declared working days (调休). Read from tab-separated files: date, HOLIDAY or WORKDAY, name.
 */
public final class WorkingDays {

    public enum Kind {
        HOLIDAY,
        WORKDAY
    }

    /** A day that is not as its weekday says: a holiday on a weekday, or a weekend day worked (调休). */
    public record Day(LocalDate date, Kind kind, String name) {
    }

    private final Map<LocalDate, Kind> exceptions;

    public WorkingDays(Map<LocalDate, Kind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** The calendars together; where two name the same date, the later one in the list decides. */
    public static WorkingDays of(Collection<List<Day>> calendars) {
        Map<LocalDate, Kind> days = new HashMap<>();
        calendars.forEach(calendar -> calendar.forEach(day -> days.put(day.date(), day.kind())));
        return new WorkingDays(days);
    }

    public static WorkingDays loadFolder(Path folder) {
        return of(calendarsIn(folder).values());
    }

    /** The calendar files of a folder by id, in name order: {@code national-2026.tsv} is {@code national-2026}. */
    public static Map<String, List<Day>> calendarsIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Map<String, List<Day>> calendars = new LinkedHashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                String name = file.getFileName().toString();
                calendars.put(name.substring(0, name.length() - ".tsv".length()),
                        parse(Files.readAllLines(file, StandardCharsets.UTF_8), name));
            }
            return calendars;
        } catch (IOException e) {
            throw new SeedFormatException("cannot read the calendar in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Reads one calendar table; a line that is not "date, kind, name" is refused with its number. */
    public static List<Day> parse(List<String> lines, String source) {
        List<Day> days = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("date\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            try {
                days.add(new Day(LocalDate.parse(cells[0].strip()), Kind.valueOf(cells[1].strip()),
                        cells.length > 2 ? cells[2].strip() : ""));
            } catch (RuntimeException e) {
                throw new SeedFormatException(source + " line " + (n + 1) + ": expected date, HOLIDAY or WORKDAY, name");
            }
        }
        List<String> problems = problems(days);
        if (!problems.isEmpty()) throw new SeedFormatException(source + ": " + String.join("; ", problems));
        return days;
    }

    /** The longest name of a day. */
    public static final int MAX_NAME = 50;

    /**
     * What is wrong with a calendar: no days at all, a day without date or kind, a date named twice, a name
     * that breaks the text rule or is too long.
     */
    public static List<String> problems(List<Day> days) {
        if (days == null || days.isEmpty()) {
            return List.of("a calendar names at least one day: days are required");
        }
        List<String> problems = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            Day day = days.get(i);
            if (day == null || day.date() == null || day.kind() == null) {
                problems.add("day " + (i + 1) + " needs a date and a kind (HOLIDAY or WORKDAY)");
            } else if (!seen.add(day.date())) {
                problems.add(day.date() + " is named twice");
            } else if (day.name() != null && (day.name().length() > MAX_NAME
                    || TextRule.problem(day.name(), false).isPresent()
                    || (!day.name().isEmpty() && !TextRule.visible(day.name())))) {
                problems.add("day " + (i + 1) + ": the name is one visible line of at most " + MAX_NAME
                        + " characters, without control or direction characters");
            }
        }
        return problems;
    }

    public boolean isWorkingDay(LocalDate day) {
        Kind kind = exceptions.get(day);
        if (kind != null) {
            return kind == Kind.WORKDAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The last day of a period of {@code count} working days starting on {@code first}: the first day counts
     * when it is a working day (DOMAIN §7, the public notice).
     */
    public LocalDate lastOf(LocalDate first, int count) {
        LocalDate day = first;
        int counted = 0;
        while (true) {
            if (isWorkingDay(day) && ++counted == count) {
                return day;
            }
            day = day.plusDays(1);
        }
    }
}
