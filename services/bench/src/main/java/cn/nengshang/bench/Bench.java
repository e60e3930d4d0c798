package cn.nengshang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
    /** Rows in one request of the batch path, at most: a department's seniors, or a part of a large department. */
    private static final int BATCH_ROWS = 500;

    /** A scale: how many seniors, how long each ceiling runs, how many rows the keyset ceiling reads. */
    /**
     * A scale: how many seniors, how long each ceiling runs, how many rows the keyset ceiling reads, the ledger's
     * heap, and whether its data set is written straight into the event store ({@link Bulk}) instead of through the
     * API. {@code -Dbench.seniors=} sets another number of seniors (a quick trial of a scale).
     */
    public record Scale(String name, int seniors, Duration ceilingRun, int keysetRows, String heap, boolean bulk) {

        static Scale named(String name) {
            Scale scale = switch (name) {
                case "tiny" -> new Scale("tiny", 6, Duration.ofMillis(300), 10_000, "512m", false);
                case "county" -> new Scale("county", 300, Duration.ofSeconds(3), 200_000, "1g", false);
                case "prefecture" -> new Scale("prefecture", 10_000, Duration.ofSeconds(3), 1_000_000, "2g", false);
                case "province" -> new Scale("province", 100_000, Duration.ofSeconds(3), 1_000_000, "2g", true);
                default -> throw new IllegalArgumentException("scale is tiny, county, prefecture or province");
            };
            Integer seniors = Integer.getInteger("bench.seniors");
            return seniors == null ? scale : new Scale(scale.name(), seniors, scale.ceilingRun(), scale.keysetRows(),
                    scale.heap(), scale.bulk());
        }
    }

    /** The terms of a bulk-written data set: 24 months from the scheme's first, every month reported and closed. */
    static final int BULK_MONTHS = 24;
    /** At the bulk scale, the seniors whose reports are corrected for the month-end load (P1) and the batch path (P2). */
    static final int BULK_LOADED = 5_000;

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
        int months = args.length > 1 ? Integer.parseInt(args[1]) : scale.bulk() ? BULK_MONTHS : availableMonths();
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
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            Ledger[] ledger = {Ledger.start(repo, jdbcUrl, work, scale.heap())};
            try {
                Results results = measure(ledger, jdbcUrl, () -> Ledger.start(repo, jdbcUrl, work, scale.heap()),
                        (bootstrap, grants) -> Ledger.start(repo, jdbcUrl, work, scale.heap(),
                                Map.of("NENGSHANG_KAFKA_BOOTSTRAP", bootstrap), grants),
                        postgres.getPostgresDatabase());
                String table = table(ceilings, results);
                Files.createDirectories(out.toAbsolutePath().getParent());
                Files.writeString(out, table, StandardCharsets.UTF_8);
                return table;
            } finally {
                ledger[0].close();
            }
        }
    }

    record Results(int seniors, int months, long reportsWritten, double burstPerSecond, Latencies burst,
                   double batchPerSecond, Latencies batch, int departments, Latencies listIdle,
                   Latencies summaryIdle, Latencies listLoaded, Latencies summaryLoaded, long replayedEvents,
                   double passedSeconds, double replaySeconds, double heapAfterReplayMiB, double peakRssMiB,
                   double heapAfterGcMiB, String generated, long checked, double checkSeconds,
                   Latencies visible, KafkaRun.Figures kafka) {
    }

    interface Start {
        Ledger start() throws Exception;
    }

    /** The ledger started with Kafka on, its intake granting these sources. */
    interface StartWithKafka {
        Ledger start(String bootstrap, List<String> grants) throws Exception;
    }

    private Results measure(Ledger[] running, String jdbcUrl, Start restart, StartWithKafka withKafka,
                            DataSource database) throws Exception {
        Ledger ledger = running[0];
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
        YearMonth start = scale.bulk() ? FIRST : YearMonth.now(CELE).minusMonths(months);
        if (start.isBefore(FIRST)) start = FIRST;
        List<Senior> seniors = new ArrayList<>();
        for (int i = 1; i <= scale.seniors(); i++) {
            String[] d = departments.get(i % departments.size());
            seniors.add(new Senior("BENCH-%06d".formatted(i), d[0], d[1]));
        }
        Map<String, List<Senior>> byDepartment = new LinkedHashMap<>();
        long written = 0;
        double batchPerSecond = Double.NaN;
        Latencies batch = new Latencies();
        List<Senior> loaded = seniors;
        String generated;
        Step<Senior> burstStep;
        if (scale.bulk()) {
            // the data set written into the event store with the ledger stopped; the load is corrections of the
            // last month that has ended, by the first seniors, through the API
            long began = System.nanoTime();
            Bulk.Template template = Bulk.template(ledger, hr, departments.get(0)[1],
                    departmentTokens.get(departments.get(0)[1]), departments.get(0)[0], FIRST, jdbcUrl);
            ledger.close();
            long events = Bulk.write(jdbcUrl, template, seniors.stream()
                    .map(p -> new Bulk.Person(p.staffId(), p.institution(), p.department())).toList(), FIRST, months);
            Bulk.skipProcessors(jdbcUrl);
            double writeSeconds = (System.nanoTime() - began) / 1e9;
            running[0] = ledger = restart.start();
            Ledger restarted = ledger;
            hr = ledger.token("bench-hr", "HR_CENTER", null, null);
            admin = ledger.token("bench-admin", "ADMIN", null, null);
            for (String[] d : departments) {
                departmentTokens.put(d[1], ledger.token("bench-" + d[1], "DEPARTMENT", d[0], d[1]));
            }
            long directoryBegan = System.nanoTime();
            awaitCaughtUp(ledger, admin);
            written = (long) seniors.size() * months;
            generated = ("%d events written straight into the event store in %.0f s (each senior registered, a term of"
                    + " %d months from %s, every month reported and closed, as a template senior's events written"
                    + " through the API were serialized), the people directory caught up on them in %.0f s, every"
                    + " other processor set past them")
                    .formatted(events, writeSeconds, months, FIRST, (System.nanoTime() - directoryBegan) / 1e9);
            loaded = seniors.subList(0, Math.min(BULK_LOADED, seniors.size()));
            YearMonth corrected = YearMonth.now(CELE).minusMonths(1);
            burstStep = s -> correct(restarted, departmentTokens.get(s.department()), s, corrected, 2);
        } else {
            YearMonth first = start;
            Ledger api = ledger;
            String office = hr;
            parallel(seniors, s -> register(api, office, s, first), new Latencies());
            // every month but the last through the batch path, a department's month per request; the month before
            // the last is P2's
            for (Senior s : seniors) byDepartment.computeIfAbsent(s.department(), d -> new ArrayList<>()).add(s);
            for (int m = 0; m < months - 1; m++) {
                YearMonth month = start.plusMonths(m);
                Latencies requests = new Latencies();
                long began = System.nanoTime();
                parallel(new ArrayList<>(byDepartment.keySet()), d -> departmentMonth(api,
                        departmentTokens.get(d), d, byDepartment.get(d), month, false), requests);
                if (m == months - 2) {
                    batchPerSecond = seniors.size() / ((System.nanoTime() - began) / 1e9);
                    batch = requests;
                }
                written += seniors.size();
            }
            generated = "%d monthly reports written over HTTP (every month but the last a department's month per"
                    .formatted(written + seniors.size()) + " request, the last one report per request)";
            YearMonth last = start.plusMonths(months - 1L);
            burstStep = s -> report(api, departmentTokens.get(s.department()), s, last);
        }
        awaitCaughtUp(ledger, admin);
        String institution = departments.get(0)[0];
        String list = "/api/v1/progress?institution=" + institution + "&status=BEHIND&size=50";
        Latencies listIdle = sample(ledger, hr, list, 200, null);
        Latencies summaryIdle = sample(ledger, hr, "/api/v1/progress/summary", 100, null);

        Latencies burst = new Latencies();
        Latencies listLoaded = new Latencies();
        Latencies summaryLoaded = new Latencies();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicReference<Exception> readerFailed = new AtomicReference<>();
        Ledger reading = ledger;
        String reader0 = hr;
        Thread reader = new Thread(() -> {
            try {
                while (loading.get()) {
                    time(listLoaded, () -> expectOk(reading.get(list, reader0)));
                    time(summaryLoaded, () -> expectOk(reading.get("/api/v1/progress/summary", reader0)));
                }
            } catch (Exception e) {
                readerFailed.set(e);
            }
        });
        Latencies visible = new Latencies();
        Thread probe = new Thread(() -> {
            try {
                probeVisibility(database, loading, visible);
            } catch (Exception e) {
                readerFailed.set(e);
            }
        });
        reader.start();
        probe.start();
        long began = System.nanoTime();
        parallel(loaded, burstStep, burst);
        double burstSeconds = (System.nanoTime() - began) / 1e9;
        loading.set(false);
        reader.join();
        probe.join();
        if (readerFailed.get() != null) throw readerFailed.get();
        if (!scale.bulk()) written += seniors.size();
        awaitCaughtUp(ledger, admin);
        if (scale.bulk()) {
            // P2: the month before, corrected through the batch path, a department's seniors per request
            for (Senior s : loaded) byDepartment.computeIfAbsent(s.department(), d -> new ArrayList<>()).add(s);
            YearMonth month = YearMonth.now(CELE).minusMonths(2);
            Ledger batching = ledger;
            long batchBegan = System.nanoTime();
            parallel(new ArrayList<>(byDepartment.keySet()), d -> departmentMonth(batching, departmentTokens.get(d),
                    d, byDepartment.get(d), month, true), batch);
            batchPerSecond = loaded.size() / ((System.nanoTime() - batchBegan) / 1e9);
            awaitCaughtUp(ledger, admin);
        }

        long events;
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet count = s.executeQuery("select count(*) from domain_event_entry")) {
            count.next();
            events = count.getLong(1);
        }
        long replayBegan = System.nanoTime();
        Ledger.Reply replay = ledger.send("POST", "/api/v1/admin/projections/progress/replay", admin, Map.of());
        if (replay.status() != 202) throw new IllegalStateException("replay refused: " + replay);
        double passedSeconds = awaitPassed(ledger, admin, replay.body().path("head").asLong(), replayBegan);
        awaitCaughtUp(ledger, admin);
        double replaySeconds = (System.nanoTime() - replayBegan) / 1e9;
        double heapAfterReplay = ledger.heapAfterGcMiB();
        long checkBegan = System.nanoTime();
        JsonNode check = ledger.get("/api/v1/admin/projections/progress/check", admin, Duration.ofHours(1)).body();
        double checkSeconds = (System.nanoTime() - checkBegan) / 1e9;
        if (!check.path("differences").isEmpty()) {
            throw new IllegalStateException("the replayed projection differs from the evaluator: " + check);
        }
        double peakRss = ledger.peakRssMiB();
        double heapAfterGc = ledger.heapAfterGcMiB();

        // P7 and P8: the ledger restarted with Kafka on
        KafkaRun.Figures kafka;
        try (KafkaRun broker = new KafkaRun()) {
            double ceiling = broker.ceiling();
            ledger.close();
            running[0] = ledger = withKafka.start(broker.bootstrap(),
                    KafkaRun.grants(departments.stream().map(d -> d[0]).toList()));
            kafka = broker.publish(ledger, ledger.token("bench-admin", "ADMIN", null, null), ceiling, events);
            kafka = broker.intake(kafka, loaded, YearMonth.now(CELE).minusMonths(1), database);
            ledger.close();
        }
        return new Results(seniors.size(), months, written, loaded.size() / burstSeconds, burst, batchPerSecond,
                batch, byDepartment.size(), listIdle, summaryIdle, listLoaded, summaryLoaded, events, passedSeconds,
                replaySeconds, heapAfterReplay, peakRss, heapAfterGc, generated,
                check.path("checked").asLong(), checkSeconds, visible, kafka);
    }

    /**
     * P4, watched from the database, apart from the writers: the newest report event in the event store, from the
     * moment it is seen there (committed; seen within a millisecond or two of its commit), until the term's row in
     * the task-progress projection stands at or past it; then the next newest, for as long as the load runs.
     */
    private static void probeVisibility(DataSource database, AtomicBoolean loading, Latencies visible)
            throws Exception {
        try (Connection c = database.getConnection();
             PreparedStatement head = c.prepareStatement("select coalesce(max(global_index), 0) from domain_event_entry");
             PreparedStatement newest = c.prepareStatement("select global_index, aggregate_identifier"
                     + " from domain_event_entry where global_index > ? and payload_type in"
                     + " ('MonthlyReportSubmitted', 'MonthlyReportCorrected') order by global_index desc limit 1");
             PreparedStatement shown = c.prepareStatement("select position from progress_term where term_id = ?")) {
            long seen;
            try (ResultSet r = head.executeQuery()) {
                r.next();
                seen = r.getLong(1);
            }
            while (loading.get()) {
                long index;
                String termId;
                newest.setLong(1, seen);
                try (ResultSet r = newest.executeQuery()) {
                    if (!r.next()) {
                        Thread.sleep(1);
                        continue;
                    }
                    index = r.getLong(1);
                    termId = new Senior(r.getString(2), null, null).termId();
                }
                long found = System.nanoTime();
                seen = index;
                shown.setString(1, termId);
                while (true) {
                    try (ResultSet r = shown.executeQuery()) {
                        if (r.next() && r.getLong(1) >= index) break;
                    }
                    if (System.nanoTime() - found > Duration.ofMinutes(1).toNanos()) {
                        throw new IllegalStateException("event " + index + " not in the projection within a minute");
                    }
                    Thread.sleep(1);
                }
                visible.add(System.nanoTime() - found);
            }
        }
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
        expect(ledger.send("PUT", "/api/v1/terms/" + senior.termId() + "/monthly-reports/" + month, token,
                reportOf(month)), 201);
    }

    /** A department's month in one request through the batch path; every row must be created. */
    private static void departmentMonth(Ledger ledger, String token, String department, List<Senior> seniors,
                                        YearMonth month, boolean correcting) throws Exception {
        for (int from = 0; from < seniors.size(); from += BATCH_ROWS) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Senior senior : seniors.subList(from, Math.min(seniors.size(), from + BATCH_ROWS))) {
                Map<String, Object> row = new LinkedHashMap<>(correcting ? correctionOf(month, 3) : reportOf(month));
                row.put("termId", senior.termId());
                rows.add(row);
            }
            Ledger.Reply reply = ledger.send("POST", "/api/v1/departments/" + department + "/monthly-reports/"
                    + month, token, Map.of("reports", rows));
            expect(reply, 200);
            if (reply.body().path(correcting ? "corrected" : "created").asInt() != rows.size()) {
                throw new IllegalStateException("rows refused: " + reply);
            }
        }
    }

    /** A correction of a month's report: its counts changed to {@code each}, with the reason. */
    private static Map<String, Object> correctionOf(YearMonth month, int each) {
        Map<String, Object> report = reportOf(month);
        report.replaceAll((field, value) -> value instanceof Integer && !field.equals("grassrootsServices")
                ? each : value);
        report.put("correctionReason", "科室复核后更正");
        return report;
    }

    private static void correct(Ledger ledger, String token, Senior senior, YearMonth month, int each)
            throws Exception {
        expect(ledger.send("PUT", "/api/v1/terms/" + senior.termId() + "/monthly-reports/" + month, token,
                correctionOf(month, each)), 200);
    }

    static Map<String, Object> reportOf(YearMonth month) {
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
        return report;
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

    interface Step<T> {
        void on(T item) throws Exception;
    }

    /** Every item's step, by {@value #CLIENTS} clients at once, each call timed. */
    private static <T> void parallel(List<T> items, Step<T> step, Latencies latencies) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (T senior : items) {
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

    /** Seconds from {@code began} until the progress processor has passed {@code head}. */
    private static double awaitPassed(Ledger ledger, String admin, long head, long began) throws Exception {
        while (true) {
            for (JsonNode projection : ledger.get("/api/v1/admin/projections", admin).body()) {
                if (projection.path("name").asText().equals("progress") && projection.path("position").asLong(-1)
                        >= head) {
                    return (System.nanoTime() - began) / 1e9;
                }
            }
            Thread.sleep(50);
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
                .append(r.generated()).append("; PostgreSQL with fsync and")
                .append(" synchronous commit on. Each ratio is the product's figure over a ceiling this run measured")
                .append(" on the same database over JDBC.\n\n");
        t.append("| ceiling (same run) | value |\n| --- | ---: |\n");
        t.append(row("single-row insert transactions/s, 1 client", c.inserts1()));
        t.append(row("single-row insert transactions/s, 4 clients", c.inserts4()));
        t.append(row("single-row insert transactions/s, 8 clients", c.inserts8()));
        t.append(row("rows/s in 100-row batch transactions, 4 clients", c.batchRows()));
        t.append(row("rows/s read in keyset pages of 1,000", c.keysetRows()));
        t.append(row("Kafka messages/s acknowledged, ~500 bytes, acks=all, idempotent producer (one KRaft broker in the"
                + " benchmark's process)", r.kafka().ceilingPerSecond()));
        t.append("\n| figure | measured | ratio to ceiling | target |\n| --- | ---: | ---: | --- |\n");
        String what = scale.bulk() ? "corrections of last month's reports by the first %d seniors"
                .formatted(Math.min(BULK_LOADED, r.seniors())) : "every senior's report of the last month";
        t.append("| P1 month-end burst, %d clients, %s: reports/s | %.1f | %.3f of 8-client inserts | ≥ 0.10 |\n"
                .formatted(CLIENTS, what, r.burstPerSecond(), r.burstPerSecond() / c.inserts8()));
        t.append("| P1 report latency p50 / p99 | %.1f / %.1f ms | | p99 ≤ 50 ms |\n"
                .formatted(r.burst().percentile(50), r.burst().percentile(99)));
        t.append(("| P2 a department's month through the batch path (`POST /departments/{id}/monthly-reports/{month}`,"
                + " %d departments, %d clients, up to %d rows a request%s): reports/s | %.1f | %.4f of 100-row batch"
                + " inserts | |\n").formatted(r.departments(), CLIENTS, BATCH_ROWS,
                        scale.bulk() ? ", corrections of the month before" : "", r.batchPerSecond(),
                        r.batchPerSecond() / c.batchRows()));
        t.append("| P2 request latency (a department's month) p50 / p99 | %.0f / %.0f ms | | |\n"
                .formatted(r.batch().percentile(50), r.batch().percentile(99)));
        t.append("| P3 replay of the task-progress projection: events/s | %.0f (%d events in %.1f s) | %.4f of keyset"
                .formatted(r.replayedEvents() / r.replaySeconds(), r.replayedEvents(), r.replaySeconds(),
                        r.replayedEvents() / r.replaySeconds() / c.keysetRows()) + " reads | ≥ 0.05 |\n");
        t.append("| P3 of which: the processor passing every event / evaluating each term once | %.1f s / %.1f s | | |\n"
                .formatted(r.passedSeconds(), r.replaySeconds() - r.passedSeconds()));
        t.append("| P3 heap after GC, after the replay | %.0f MiB | | |\n".formatted(r.heapAfterReplayMiB()));
        t.append("| the check after the replay: terms compared with the evaluator, differences | %d in %.0f s, none | | |\n"
                .formatted(r.checked(), r.checkSeconds()));
        t.append("| P4 event → visible in the projection under the P1 load, p50 / p99 (%d events watched from the"
                .formatted(r.visible().count()) + " database; a report's answer returns only once every projection"
                + " shows it) | %.1f / %.1f ms | | p99 ≤ 1 s |\n".formatted(r.visible().percentile(50),
                r.visible().percentile(99)));
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
        KafkaRun.Figures k = r.kafka();
        t.append(("| P7 the publisher to Kafka, from the first event (the ledger restarted with Kafka on): store"
                + " events passed/s; messages acknowledged/s (first to last message) | %.0f (%d events in %.1f s);"
                + " %.0f (%d messages) |"
                + " %.3f of producer messages/s | |\n").formatted(k.passedPerSecond(), k.passedEvents(),
                k.publishSeconds(), k.publishedPerSecond(), k.published(), k.publishedPerSecond()
                        / k.ceilingPerSecond()));
        t.append(("| P8 the Kafka intake (`nengshang.monthly-metrics.v1`), a correction per senior from their"
                + " hospital's system: records/s | %.1f (%d records in %.1f s) | %.4f of 100-row batch inserts |"
                + " |\n").formatted(k.intakePerSecond(), k.intakeRecords(), k.intakeSeconds(),
                k.intakePerSecond() / c.batchRows()));
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
