package cn.nengshang.policy.golden;

import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.progress.Status;
import cn.nengshang.policy.rules.Metric;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads {@code seeds/golden/scenarios.md}, the table of golden scenarios that domain experts read: each
 * person, their terms, reports, register entries and incidents, and the expected standing of every task.
 */
public final class GoldenScenarios {

    /** The report table's columns and the metrics they hold. */
    public static final Map<String, Metric> COLUMNS = columns();

    public record Scenario(String id, String title, Rank rank, Profession profession, String specialtyCode,
                           boolean surgical, List<Term> terms, List<Entry> incidents) {
    }

    public record Term(YearMonth start, int months, String policyId, Map<String, BigDecimal> baselines,
                       List<Report> reports, List<Entry> records, List<Check> checks) {

        public TreeSet<LocalDate> checkDates() {
            TreeSet<LocalDate> dates = new TreeSet<>();
            checks.forEach(c -> dates.add(c.asOf()));
            return dates;
        }
    }

    /** A month's report; it is logged on the 5th of the following month. */
    public record Report(YearMonth month, Map<Metric, Integer> counts, List<LocalDate> days, BigDecimal coreWorkload,
                         BigDecimal departmentAverageWorkload) {

        public LocalDate loggedOn() {
            return month.plusMonths(1).atDay(5);
        }
    }

    /** A register entry or incident: the day it is recorded, its kind, and its words. */
    public record Entry(LocalDate on, String kind, List<String> words) {

        /** The word after {@code key}, as in {@code baseline 60}. */
        public String after(String key) {
            int at = words.indexOf(key);
            return at < 0 || at + 1 >= words.size() ? null : words.get(at + 1);
        }

        public String word(int index) {
            return words.get(index);
        }

        /** Everything after {@code key}, as in {@code because 调离本院}. */
        public String rest(String key) {
            int at = words.indexOf(key);
            return at < 0 ? null : String.join(" ", words.subList(at + 1, words.size()));
        }

        public LocalDate date(String key) {
            String value = after(key);
            return value == null ? null : LocalDate.parse(value);
        }

        public BigDecimal number(String key) {
            String value = after(key);
            return value == null ? null : new BigDecimal(value);
        }
    }

    public record Check(LocalDate asOf, String task, BigDecimal target, BigDecimal expected, BigDecimal actual,
                        Status status) {
    }

    private GoldenScenarios() {
    }

    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds/golden"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no seeds/golden above the working directory");
        }
        return dir.resolve("seeds/golden");
    }

    public static List<Scenario> load() {
        try {
            return parse(Files.readAllLines(folder().resolve("scenarios.md"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Scenario> parse(List<String> lines) {
        List<ScenarioBuilder> scenarios = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                scenarios.add(new ScenarioBuilder(line.substring(3)));
            } else if (!scenarios.isEmpty()) {
                scenarios.get(scenarios.size() - 1).read(line);
            }
        }
        return scenarios.stream().map(ScenarioBuilder::build).toList();
    }

    private static final class ScenarioBuilder {

        private final String id;
        private final String title;
        private String[] person;
        private final List<TermBuilder> terms = new ArrayList<>();
        private final List<Entry> incidents = new ArrayList<>();

        ScenarioBuilder(String heading) {
            int space = heading.indexOf(' ');
            this.id = heading.substring(0, space);
            this.title = heading.substring(space + 1);
        }

        void read(String line) {
            if (line.startsWith("person:")) {
                person = line.substring(7).strip().split("\\s+");
            } else if (line.startsWith("term:")) {
                terms.add(new TermBuilder(line.substring(5).strip()));
            } else if (line.startsWith("baselines:")) {
                for (String pair : line.substring(10).strip().split("\\s+")) {
                    String[] kv = pair.split("=");
                    last().baselines.put(kv[0], new BigDecimal(kv[1]));
                }
            } else if (line.startsWith("- ")) {
                String[] words = line.substring(2).strip().split("\\s+");
                Entry entry = new Entry(LocalDate.parse(words[0]), words[1],
                        List.of(Arrays.copyOfRange(words, 2, words.length)));
                (entry.kind().equals("incident") ? incidents : last().records).add(entry);
            } else if (line.startsWith("| 20")) {
                String[] cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|"))
                        .map(String::strip).toArray(String[]::new);
                if (cells[0].length() == 7) {
                    last().reports.add(report(cells));
                } else {
                    last().checks.add(new Check(LocalDate.parse(cells[0]), cells[1], new BigDecimal(cells[2]),
                            new BigDecimal(cells[3]), new BigDecimal(cells[4]), Status.valueOf(cells[5])));
                }
            }
        }

        private TermBuilder last() {
            return terms.get(terms.size() - 1);
        }

        Scenario build() {
            return new Scenario(id, title, Rank.valueOf(person[0]), Profession.valueOf(person[1]), person[2],
                    person[3].equals("surgical"), terms.stream().map(TermBuilder::build).toList(),
                    List.copyOf(incidents));
        }
    }

    private static Report report(String[] cells) {
        YearMonth month = YearMonth.parse(cells[0]);
        Map<Metric, Integer> counts = new LinkedHashMap<>();
        List<String> names = List.copyOf(COLUMNS.keySet());
        for (int i = 0; i < names.size(); i++) {
            counts.put(COLUMNS.get(names.get(i)), Integer.parseInt(cells[i + 1]));
        }
        int next = names.size() + 1;
        List<LocalDate> days = cells[next].isEmpty() ? List.of() : Arrays.stream(cells[next].split(","))
                .map(day -> month.atDay(Integer.parseInt(day.strip()))).toList();
        return new Report(month, counts, days, number(cells[next + 1]), number(cells[next + 2]));
    }

    private static BigDecimal number(String cell) {
        return cell == null || cell.isEmpty() ? null : new BigDecimal(cell);
    }

    private static final class TermBuilder {

        private final YearMonth start;
        private final int months;
        private final String policyId;
        private final Map<String, BigDecimal> baselines = new LinkedHashMap<>();
        private final List<Report> reports = new ArrayList<>();
        private final List<Entry> records = new ArrayList<>();
        private final List<Check> checks = new ArrayList<>();

        TermBuilder(String text) {
            String[] words = text.replace(",", "").split("\\s+");
            this.start = YearMonth.parse(words[0]);
            this.months = Integer.parseInt(words[1]);
            this.policyId = words[words.length - 1];
        }

        Term build() {
            return new Term(start, months, policyId, Map.copyOf(baselines), List.copyOf(reports),
                    List.copyOf(records), List.copyOf(checks));
        }
    }

    private static Map<String, Metric> columns() {
        Map<String, Metric> columns = new LinkedHashMap<>();
        columns.put("BL", Metric.BUSINESS_LEARNING);
        columns.put("CD", Metric.CASE_DISCUSSIONS);
        columns.put("TR", Metric.TEACHING_ROUNDS);
        columns.put("ST", Metric.SKILLS_TRAININGS);
        columns.put("DC", Metric.DIFFICULT_CASES);
        columns.put("G4", Metric.GRADE4_OPERATIONS);
        columns.put("CC", Metric.COUNTY_CONSULTATIONS);
        columns.put("GS", Metric.GRASSROOTS_SERVICES);
        columns.put("G2", Metric.GRASSROOTS_GRADE2_OPERATIONS);
        columns.put("GBL", Metric.GRASSROOTS_BUSINESS_LEARNING);
        columns.put("GCD", Metric.GRASSROOTS_CASE_DISCUSSIONS);
        columns.put("GTR", Metric.GRASSROOTS_TEACHING_ROUNDS);
        columns.put("GST", Metric.GRASSROOTS_SKILLS_TRAININGS);
        return columns;
    }
}
