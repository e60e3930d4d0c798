package cn.nengshang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;

/**
 * The benchmark: a data set of a scale generated through the product's API, then the product measured — the
 * month-end burst, the lists and dashboards idle and under that load, the replay of the task-progress
 * projection, memory — each against a ceiling the same run measures on the same PostgreSQL over JDBC. Prints
 * a table and writes it under {@code services/bench/results/}.
 *
 * <pre>java -jar services/bench/target/bench.jar county [months]</pre>
 */
public final class Bench {

    /** The scheme's first month: no policy is in force before it. */
    private static final YearMonth FIRST = YearMonth.of(2026, 1);
    private static final ZoneId CELE = ZoneId.of("Asia/Shanghai");
    private static final int CLIENTS = 8;

    /** A scale: how many seniors, how long each ceiling runs, how many rows the keyset ceiling reads. */
    public record Scale(String name, int seniors, Duration ceilingRun, int keysetRows, String heap) {

        static Scale named(String name) {
            return switch (name) {
                case "tiny" -> new Scale("tiny", 6, Duration.ofMillis(300), 10_000, "512m");
                case "county" -> new Scale("county", 300, Duration.ofSeconds(3), 200_000, "1g");
                case "prefecture" -> new Scale("prefecture", 10_000, Duration.ofSeconds(3), 1_000_000, "2g");
                case "province" -> new Scale("province", 100_000, Duration.ofSeconds(3), 1_000_000, "4g");
                default -> throw new IllegalArgumentException("scale is tiny, county, prefecture or province");
            };
        }
    }

    private final Path repo;
    private final Scale scale;
    private final int months;
    private final Path out;

    /** A run whose table is written to {@code out}. */
    public Bench(Path repo, Scale scale, int months, Path out) {
        this.repo = repo;
        this.scale = scale;
        this.months = months;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Scale scale = Scale.named(args.length > 0 ? args[0] : "county");
        int months = args.length > 1 ? Integer.parseInt(args[1]) : availableMonths();
        Path repo = Path.of(System.getProperty("bench.repo", ".")).toAbsolutePath().normalize();
        Path out = repo.resolve("services/bench/results/" + scale.name() + ".md");
        String table = new Bench(repo, scale, months, out).run();
        System.out.println(table);
    }

    /** The months since the scheme began that have ended by today, at most a term's 24. */
    public static int availableMonths() {
        long ended = FIRST.until(YearMonth.now(CELE), java.time.temporal.ChronoUnit.MONTHS);
        return (int) Math.max(1, Math.min(24, ended));
    }

    /** Runs the whole benchmark and returns the table, also written to the run's file. */
    public String run() throws Exception {
        Path work = Files.createTempDirectory("nengshang-bench");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on").setServerConfig("max_connections", "100").start()) {
            Ceilings.Figures ceilings = new Ceilings(postgres.getPostgresDatabase(), scale.ceilingRun())
                    .measure(scale.keysetRows());
            try (Ledger ledger = Ledger.start(repo, postgres.getJdbcUrl("postgres", "postgres"), work, scale.heap())) {
                Results results = measure(ledger, postgres.getPostgresDatabase());
                String table = table(ceilings, results);
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, table, StandardCharsets.UTF_8);
                return table;
            }
        }
    }

    record Results(int seniors, int months, long reportsWritten, double burstPerSecond, Latencies burst,
                   Latencies listIdle, Latencies summaryIdle, Latencies listLoaded, Latencies summaryLoaded,
                   long replayedEvents, double replaySeconds, double heapAfterReplayMiB, double peakRssMiB,
                   double heapAfterGcMiB) {
    }

    private Results measure(Ledger ledger, DataSource database) throws Exception {
        String hr = ledger.token("bench-hr", "HR_CENTER", null, null);
        String admin = ledger.token("bench-admin", "ADMIN", null, null);
        List<String[]> departments = new ArrayList<>();
        for (JsonNode institution : ledger.get("/api/v1/organisation", hr).body()) {
            for (JsonNode department : institution.path("departments")) {
                departments.add(new String[]{institution.path("institutionId").asText(),
                        department.path("departmentId").asText()});
            }
        }
        Map<String, String> departmentTokens = new LinkedHashMap<>();
        for (String[] d : departments) {
            departmentTokens.put(d[1], ledger.token("bench-" + d[1], "DEPARTMENT", d[0], d[1]));
        }
        YearMonth start = YearMonth.now(CELE).minusMonths(months);
        if (start.isBefore(FIRST)) start = FIRST;
        List<Senior> seniors = new ArrayList<>();
        for (int i = 1; i <= scale.seniors(); i++) {
            String[] d = departments.get(i % departments.size());
            seniors.add(new Senior("BENCH-%06d".formatted(i), d[0], d[1]));
        }
        YearMonth first = start;
        parallel(seniors, s -> register(ledger, hr, s, first), new Latencies());
        long written = 0;
        for (int m = 0; m < months - 1; m++) {
            YearMonth month = start.plusMonths(m);
            parallel(seniors, s -> report(ledger, departmentTokens.get(s.department()), s, month), new Latencies());
            written += seniors.size();
        }
        awaitCaughtUp(ledger, admin);
        String institution = departments.get(0)[0];
        String list = "/api/v1/progress?institution=" + institution + "&status=BEHIND&size=50";
        Latencies listIdle = sample(ledger, hr, list, 200, null);
        Latencies summaryIdle = sample(ledger, hr, "/api/v1/progress/summary", 100, null);

        YearMonth last = start.plusMonths(months - 1L);
        Latencies burst = new Latencies();
        Latencies listLoaded = new Latencies();
        Latencies summaryLoaded = new Latencies();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicReference<Exception> readerFailed = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                while (loading.get()) {
                    time(listLoaded, () -> expectOk(ledger.get(list, hr)));
                    time(summaryLoaded, () -> expectOk(ledger.get("/api/v1/progress/summary", hr)));
                }
            } catch (Exception e) {
                readerFailed.set(e);
            }
        });
        reader.start();
        long began = System.nanoTime();
        parallel(seniors, s -> report(ledger, departmentTokens.get(s.department()), s, last), burst);
        double burstSeconds = (System.nanoTime() - began) / 1e9;
        loading.set(false);
        reader.join();
        if (readerFailed.get() != null) throw readerFailed.get();
        written += seniors.size();
        awaitCaughtUp(ledger, admin);

        long events;
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet count = s.executeQuery("select count(*) from domain_event_entry")) {
            count.next();
            events = count.getLong(1);
        }
        long replayBegan = System.nanoTime();
        Ledger.Reply replay = ledger.send("POST", "/api/v1/admin/projections/progress/replay", admin, Map.of());
        if (replay.status() != 202) throw new IllegalStateException("replay refused: " + replay);
        awaitCaughtUp(ledger, admin);
        double replaySeconds = (System.nanoTime() - replayBegan) / 1e9;
        double heapAfterReplay = ledger.heapAfterGcMiB();
        JsonNode check = ledger.get("/api/v1/admin/projections/progress/check", admin).body();
        if (!check.path("differences").isEmpty()) {
            throw new IllegalStateException("the replayed projection differs from the evaluator: " + check);
        }
        return new Results(seniors.size(), months, written, seniors.size() / burstSeconds, burst, listIdle,
                summaryIdle, listLoaded, summaryLoaded, events, replaySeconds, heapAfterReplay, ledger.peakRssMiB(),
                ledger.heapAfterGcMiB());
    }

    record Senior(String staffId, String institution, String department) {
        String termId() {
            return staffId + ".T1";
        }
    }

    private static void register(Ledger ledger, String hr, Senior senior, YearMonth start) throws Exception {
        expect(ledger.send("POST", "/api/v1/staff", hr, Map.of("staffId", senior.staffId(), "name", "基准测试医生",
                "institutionId", senior.institution(), "departmentId", senior.department(),
                "rank", "ASSOCIATE_SENIOR", "titleName", "副主任医师", "profession", "CLINICAL",
                "specialtyCode", "0115")), 201);
        expect(ledger.send("POST", "/api/v1/staff/" + senior.staffId() + "/terms", hr,
                Map.of("startMonth", start.toString(), "postGrade", 6)), 201);
    }

    private static void report(Ledger ledger, String token, Senior senior, YearMonth month) throws Exception {
        Map<String, Object> report = new LinkedHashMap<>();
        for (String field : List.of("businessLearning", "caseDiscussions", "teachingRounds", "skillsTrainings",
                "difficultCases", "grade4Operations", "countyConsultations", "grassrootsGrade2Operations",
                "grassrootsBusinessLearning", "grassrootsCaseDiscussions", "grassrootsTeachingRounds",
                "grassrootsSkillsTrainings")) {
            report.put(field, 1);
        }
        report.put("grassrootsServices", 40);
        List<String> days = new ArrayList<>();
        for (int day : new int[]{6, 13, 20, 27}) days.add(LocalDate.of(month.getYear(), month.getMonth(), day).toString());
        report.put("grassrootsDays", days);
        expect(ledger.send("PUT", "/api/v1/terms/" + senior.termId() + "/monthly-reports/" + month, token, report),
                201);
    }

    private static void expect(Ledger.Reply reply, int status) {
        if (reply.status() != status) throw new IllegalStateException("expected " + status + ": " + reply);
    }

    interface Call {
        Object call() throws Exception;
    }

    private static void time(Latencies latencies, Call call) throws Exception {
        long began = System.nanoTime();
        call.call();
        latencies.add(System.nanoTime() - began);
    }

    private static Latencies sample(Ledger ledger, String token, String path, int times, Latencies into)
            throws Exception {
        Latencies latencies = into == null ? new Latencies() : into;
        for (int i = 0; i < times; i++) {
            time(latencies, () -> expectOk(ledger.get(path, token)));
        }
        return latencies;
    }

    private static Object expectOk(Ledger.Reply reply) {
        if (reply.status() != 200) throw new IllegalStateException("expected 200: " + reply);
        return reply;
    }

    interface Step {
        void on(Senior senior) throws Exception;
    }

    /** Every senior's step, by {@value #CLIENTS} clients at once, each call timed. */
    private static void parallel(List<Senior> seniors, Step step, Latencies latencies) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Senior senior : seniors) {
                done.add(clients.submit(() -> {
                    time(latencies, () -> {
                        step.on(senior);
                        return null;
                    });
                    return null;
                }));
            }
            for (Future<?> future : done) future.get();
        } finally {
            clients.shutdown();
        }
    }

    private static void awaitCaughtUp(Ledger ledger, String admin) throws Exception {
        long until = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (System.nanoTime() < until) {
            boolean caughtUp = true;
            for (JsonNode projection : ledger.get("/api/v1/admin/projections", admin).body()) {
                caughtUp &= !projection.path("replaying").asBoolean() && projection.path("lag").asLong() <= 0;
            }
            if (caughtUp) return;
            Thread.sleep(200);
        }
        throw new IllegalStateException("the projections did not catch up");
    }

    private String table(Ceilings.Figures c, Results r) throws Exception {
        StringBuilder t = new StringBuilder();
        t.append("# Benchmark: ").append(scale.name()).append(" scale\n\n");
        t.append("Run on ").append(LocalDate.now(CELE)).append(": ").append(machine()).append(". ")
                .append(r.seniors()).append(" seniors, ").append(r.months()).append(" months, ")
                .append(r.reportsWritten()).append(" monthly reports written over HTTP; PostgreSQL with fsync and")
                .append(" synchronous commit on. Each ratio is the product's figure over a ceiling this run measured")
                .append(" on the same database over JDBC.\n\n");
        t.append("| ceiling (JDBC, same run) | value |\n| --- | ---: |\n");
        t.append(row("single-row insert transactions/s, 1 client", c.inserts1()));
        t.append(row("single-row insert transactions/s, 4 clients", c.inserts4()));
        t.append(row("single-row insert transactions/s, 8 clients", c.inserts8()));
        t.append(row("rows/s in 100-row batch transactions, 4 clients", c.batchRows()));
        t.append(row("rows/s read in keyset pages of 1,000", c.keysetRows()));
        t.append("\n| figure | measured | ratio to ceiling | target |\n| --- | ---: | ---: | --- |\n");
        t.append("| P1 month-end burst, %d clients: reports/s | %.1f | %.3f of 8-client inserts | ≥ 0.10 |\n"
                .formatted(CLIENTS, r.burstPerSecond(), r.burstPerSecond() / c.inserts8()));
        t.append("| P1 report latency p50 / p99 | %.1f / %.1f ms | | p99 ≤ 50 ms |\n"
                .formatted(r.burst().percentile(50), r.burst().percentile(99)));
        t.append("| P2 a department's month through the batch path | not measured: no batch path yet "
                + "(spreadsheet upload and Kafka intake) | | |\n");
        t.append("| P3 replay of the task-progress projection: events/s | %.0f (%d events in %.1f s) | %.4f of keyset"
                .formatted(r.replayedEvents() / r.replaySeconds(), r.replayedEvents(), r.replaySeconds(),
                        r.replayedEvents() / r.replaySeconds() / c.keysetRows()) + " reads | ≥ 0.05 |\n");
        t.append("| P3 heap after GC, after the replay | %.0f MiB | | |\n".formatted(r.heapAfterReplayMiB()));
        t.append("| P4 event → visible p50 / p99 (a report's answer returns once every projection shows it) "
                + "| %.1f / %.1f ms | | p99 ≤ 1 s |\n".formatted(r.burst().percentile(50), r.burst().percentile(99)));
        t.append("| P5 `GET /progress` (50, by institution and status) idle p50 / p99 | %.1f / %.1f ms | | p99 ≤ 100 ms |\n"
                .formatted(r.listIdle().percentile(50), r.listIdle().percentile(99)));
        t.append("| P5 `GET /progress` under the P1 load p50 / p99 | %.1f / %.1f ms | %.2f × idle p99 | ≤ 2 × idle |\n"
                .formatted(r.listLoaded().percentile(50), r.listLoaded().percentile(99),
                        r.listLoaded().percentile(99) / r.listIdle().percentile(99)));
        t.append("| P5 `GET /progress/summary` idle p50 / p99 | %.1f / %.1f ms | | p99 ≤ 100 ms |\n"
                .formatted(r.summaryIdle().percentile(50), r.summaryIdle().percentile(99)));
        t.append("| P5 `GET /progress/summary` under the P1 load p50 / p99 | %.1f / %.1f ms | %.2f × idle p99 | ≤ 2 × idle |\n"
                .formatted(r.summaryLoaded().percentile(50), r.summaryLoaded().percentile(99),
                        r.summaryLoaded().percentile(99) / r.summaryIdle().percentile(99)));
        t.append("| P6 peak RSS of the ledger | %.0f MiB | | |\n".formatted(r.peakRssMiB()));
        t.append("| P6 heap after GC at the end | %.0f MiB | | ≤ 512 MB at province scale |\n"
                .formatted(r.heapAfterGcMiB()));
        return t.toString();
    }

    private static String row(String name, double value) {
        return String.format(Locale.ROOT, "| %s | %.0f |\n", name, value);
    }

    private static String machine() throws Exception {
        long memKiB = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
        return "%d cores, %.0f GiB memory, Java %s".formatted(Runtime.getRuntime().availableProcessors(),
                memKiB / 1024.0 / 1024.0, System.getProperty("java.version"));
    }
}
