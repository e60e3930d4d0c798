package cn.nengshang.policy.casework;

import cn.nengshang.policy.SeedFormatException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private final Map<LocalDate, Kind> exceptions;

    public WorkingDays(Map<LocalDate, Kind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public static WorkingDays loadFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            Map<LocalDate, Kind> days = new HashMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
                days.putAll(parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString()));
            }
            return new WorkingDays(days);
        } catch (IOException e) {
            throw new SeedFormatException("cannot read the calendar in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Reads one calendar table; a line that is not "date, kind, name" is refused with its number. */
    public static Map<LocalDate, Kind> parse(List<String> lines, String source) {
        Map<LocalDate, Kind> days = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("date\t")) {
                continue;
            }
            String[] cells = line.split("\t");
            try {
                days.put(LocalDate.parse(cells[0].strip()), Kind.valueOf(cells[1].strip()));
            } catch (RuntimeException e) {
                throw new SeedFormatException(source + " line " + (n + 1) + ": expected date, HOLIDAY or WORKDAY, name");
            }
        }
        return days;
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
