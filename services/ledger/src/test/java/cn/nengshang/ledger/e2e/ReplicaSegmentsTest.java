package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Battery item for replicas sharing the work: two replicas in processes of their own on one PostgreSQL split every
 * processor's segments between them through the token store. A store written by one replica with one segment per
 * processor is split when replicas with two start on it; each then holds one segment of every processor (but the
 * task-progress projection, which keeps one); a write
 * on either is read at once on the other (the write waits for the segment that handles it, wherever it runs); a
 * projection replayed on one while the other holds half of it is rebuilt whole on both, equal to what it was; a
 * replica killed with {@code kill -9} leaves its segments to the other.
 */
class ReplicaSegmentsTest {

    private static final YearMonth START = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(2);
    private static final String A = "replica-a";
    private static final String B = "replica-b";
    private static final String SINGLE = "progress";

    @TempDir
    Path folder;

    @Test
    void replicasSplitTheProcessorsSegmentsAndKeepEveryReadModelWhole() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createDirectories(folder.resolve("postgres")))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "100").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            DataSource db = postgres.getPostgresDatabase();
            List<String> report = new ArrayList<>();

            // a store written with one segment per processor, as before processors had two
            ReplicaProcess alone = new ReplicaProcess(folder, A, url, "--spring.profiles.active=local",
                    "--nengshang.processing.segments=1");
            alone.start();
            try {
                Api hr = alone.as("hr-officer", null, null, "HR_CENTER");
                for (int i = 0; i < 10; i++) {
                    Scenarios.aSurgeonWithATermFrom(hr, "SEG-" + i, START);
                }
                assertThat(segments(db).values()).as("segments per processor").allMatch(owners -> owners.size() == 1);
            } finally {
                alone.stop();
            }

            ReplicaProcess a = new ReplicaProcess(folder, A, url, "--spring.profiles.active=local");
            ReplicaProcess b = new ReplicaProcess(folder, B, url, "--spring.profiles.active=local");
            try {
                a.start();
                b.start();
                Instant began = Instant.now();
                Map<String, List<String>> shared = await(db, Duration.ofSeconds(90), ReplicaSegmentsTest::shared);
                assertThat(shared).as("processors").hasSizeGreaterThanOrEqualTo(10);
                report.add("one segment per processor split in two and shared by both replicas "
                        + Duration.between(began, Instant.now()).toSeconds() + " s after both were ready: " + shared);

                // a write on either replica is read at once on the other
                Api hrOnA = a.as("hr-officer", null, null, "HR_CENTER");
                Api hrOnB = b.as("hr-officer", null, null, "HR_CENTER");
                Api clerkOnA = a.as("clerk", Scenarios.HOSPITAL, Scenarios.SURGERY, "DEPARTMENT");
                Api clerkOnB = b.as("clerk", Scenarios.HOSPITAL, Scenarios.SURGERY, "DEPARTMENT");
                List<Long> writeMillis = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    boolean onA = i % 2 == 0;
                    long t0 = System.nanoTime();
                    String termId = Scenarios.aSurgeonWithATermFrom(onA ? hrOnA : hrOnB, "RW-" + i, START);
                    Api.Reply submitted = (onA ? clerkOnA : clerkOnB).put("/terms/" + termId + "/monthly-reports/"
                            + START, ApiTestBase.report(1));
                    writeMillis.add((System.nanoTime() - t0) / 1_000_000 / 3);
                    assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
                    Api other = onA ? hrOnB : hrOnA;
                    assertThat(other.get("/staff/RW-" + i).status()).as("RW-%d read on the other replica", i)
                            .isEqualTo(200);
                    Api.Reply stored = other.get("/terms/" + termId + "/monthly-reports/" + START);
                    assertThat(stored.status()).as("RW-%d's report on the other replica", i).isEqualTo(200);
                    assertThat(stored.body().path("caseDiscussions").asInt()).isEqualTo(1);
                    assertThat(other.get("/staff/RW-" + i + "/history").body().findValuesAsText("type"))
                            .as("RW-%d's history on the other replica", i).contains("MonthlyReportSubmitted");
                }
                Collections.sort(writeMillis);
                report.add("20 writes (registration, term, report) alternating between the replicas, each read at"
                        + " once on the other: median " + writeMillis.get(10) + " ms a request, slowest "
                        + writeMillis.get(19) + " ms");

                // a replay on one replica while the other holds half of the projection
                Api adminOnA = a.as("admin", null, null, "ADMIN");
                Api adminOnB = b.as("admin", null, null, "ADMIN");
                String staffBefore = hrOnA.get("/staff?size=100").text();
                String historyBefore = hrOnB.get("/staff/SEG-3/history").text();
                for (String projection : List.of("staff", "history")) {
                    Api.Reply replay = adminOnA.post("/admin/projections/" + projection + "/replay", Map.of());
                    assertThat(replay.status()).as(replay.text()).isEqualTo(202);
                }
                Instant replayed = Instant.now();
                awaitReplayed(adminOnA, "staff", "history");
                awaitReplayed(adminOnB, "staff", "history");
                report.add("staff and history replayed from one replica while the other held half of each: both"
                        + " whole again after " + Duration.between(replayed, Instant.now()).toSeconds() + " s");
                for (Api hr : List.of(hrOnA, hrOnB)) {
                    assertThat(hr.get("/staff?size=100").text()).isEqualTo(staffBefore);
                    assertThat(hr.get("/staff/SEG-3/history").text()).isEqualTo(historyBefore);
                }
                await(db, Duration.ofSeconds(90), ReplicaSegmentsTest::shared);

                // two replays of one projection asked of both replicas at once: one runs, neither is left stopped
                CompletableFuture<Api.Reply> onA = CompletableFuture.supplyAsync(
                        () -> adminOnA.post("/admin/projections/post-grades/replay", Map.of()));
                CompletableFuture<Api.Reply> onB = CompletableFuture.supplyAsync(
                        () -> adminOnB.post("/admin/projections/post-grades/replay", Map.of()));
                List<Integer> answers = List.of(onA.get().status(), onB.get().status());
                assertThat(answers).as(onA.get().text() + " " + onB.get().text()).contains(202)
                        .allMatch(status -> status == 202 || status == 409);
                awaitReplayed(adminOnA, "post-grades");
                awaitReplayed(adminOnB, "post-grades");
                report.add("two replays of one projection asked of both replicas at once: answered " + answers);
                await(db, Duration.ofSeconds(90), ReplicaSegmentsTest::shared);

                // kill -9 of one replica: the other takes its segments
                b.kill();
                Instant killed = Instant.now();
                await(db, Duration.ofSeconds(90), (processor, owners) -> owners.stream().allMatch(A::equals));
                report.add("after kill -9 of one replica the other held every segment "
                        + Duration.between(killed, Instant.now()).toSeconds() + " s later");
                String termId = Scenarios.aSurgeonWithATermFrom(hrOnA, "AFTER", START);
                assertThat(hrOnA.get("/terms/" + termId + "/progress").status()).isEqualTo(200);
                assertThat(hrOnA.get("/staff/AFTER").status()).isEqualTo(200);
                Files.writeString(Path.of("target/replica-segments.txt"), String.join("\n", report) + "\n");
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    private static void awaitReplayed(Api admin, String... projections) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonNode list = admin.get("/admin/projections").body();
            boolean done = StreamSupport.stream(list.spliterator(), false)
                    .filter(p -> Set.of(projections).contains(p.path("name").asText()))
                    .noneMatch(p -> p.path("replaying").asBoolean() || p.path("lag").asLong() > 0);
            if (done) return;
            if (Instant.now().isAfter(until)) throw new AssertionError("still replaying: " + list);
            Thread.sleep(250);
        }
    }

    /**
     * Whether a processor's segments are shared by both replicas: two segments, one on each, except for the
     * task-progress projection, whose one segment runs on either (an incident re-evaluates the whole department).
     */
    private static boolean shared(String processor, List<String> owners) {
        if (SINGLE.equals(processor)) return owners.size() == 1 && Set.of(A, B).contains(owners.get(0));
        return owners.size() == 2 && Set.copyOf(owners).equals(Set.of(A, B));
    }

    /** Waits until every processor's segments have owners that pass the test; the owners by processor. */
    private static Map<String, List<String>> await(DataSource db, Duration within,
                                                   BiPredicate<String, List<String>> owners)
            throws Exception {
        Instant until = Instant.now().plus(within);
        while (true) {
            Map<String, List<String>> segments = segments(db);
            if (!segments.isEmpty() && segments.entrySet().stream().allMatch(e -> owners.test(e.getKey(), e.getValue()))) {
                return segments;
            }
            if (Instant.now().isAfter(until)) throw new AssertionError("segments and their owners: " + segments);
            Thread.sleep(500);
        }
    }

    /** Each processor's segments' owners, in the order of the segments (an unclaimed one as "-"). */
    private static Map<String, List<String>> segments(DataSource db) throws SQLException {
        Map<String, List<String>> owners = new TreeMap<>();
        try (Connection connection = db.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select processor_name, owner from token_entry order by processor_name, segment")) {
            while (rows.next()) {
                String owner = rows.getString(2);
                owners.computeIfAbsent(rows.getString(1), p -> new ArrayList<>()).add(owner == null ? "-" : owner);
            }
        }
        return owners;
    }
}
