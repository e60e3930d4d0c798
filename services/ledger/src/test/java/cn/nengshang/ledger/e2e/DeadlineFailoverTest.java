package cn.nengshang.ledger.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Battery item 7: 100 deadlines (the first month's report falling due, one per term) set by the replica whose
 * sagas started the terms, which is then killed with {@code kill -9}; the other replica's time passes the day
 * they are due and each fires once — and once only, when the killed replica is back and its time passes that
 * day too. Both replicas in simulated time, on one PostgreSQL.
 */
class DeadlineFailoverTest {

    private static final int TERMS = 100;
    private static final String START = "2026-01-01T08:00:00+08:00";
    private static final String PAST_DUE = "2026-02-20T09:00:00+08:00";

    @TempDir
    Path folder;

    @Test
    void deadlinesOfAKilledReplicaFireOnceOnTheOther() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createDirectories(folder.resolve("postgres")))
                .setCleanDataDirectory(true).start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            JdbcTemplate jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
            ReplicaProcess a = new ReplicaProcess(folder, "replica-a", url, "--spring.profiles.active=simulation",
                    "--nengshang.simulation.start=" + START);
            ReplicaProcess b = new ReplicaProcess(folder, "replica-b", url, "--spring.profiles.active=simulation",
                    "--nengshang.simulation.start=" + START);
            try {
                a.start();
                b.start();
                int before = scheduled(jdbc);
                Api hr = a.as("hr-officer", null, null, "HR_CENTER");
                for (int i = 0; i < TERMS; i++) {
                    Scenarios.aSurgeonWithATermFrom(hr, "DUE-" + i, YearMonth.of(2026, 1));
                }
                Instant until = Instant.now().plus(Duration.ofMinutes(2));
                while (scheduled(jdbc) < before + TERMS && Instant.now().isBefore(until)) {
                    Thread.sleep(200);
                }
                assertThat(scheduled(jdbc)).as("deadlines set").isEqualTo(before + TERMS);

                a.kill();
                advance(b);
                assertThat(closedPerTerm(jdbc)).as("January closed once for each term, by the survivor")
                        .hasSize(TERMS).allSatisfy((term, times) -> assertThat(times).as(term).isEqualTo(1));
                assertThat(scheduled(jdbc)).as("February's deadlines set in their place").isEqualTo(before + TERMS);

                a.start();
                advance(a);
                advance(b);
                assertThat(closedPerTerm(jdbc)).as("and never again").hasSize(TERMS)
                        .allSatisfy((term, times) -> assertThat(times).as(term).isEqualTo(1));
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like"
                        + " '%MonthlyReportOverdue'", Integer.class)).isEqualTo(TERMS);
                Files.writeString(Path.of("target/deadline-failover.txt"), TERMS + " deadlines set by the killed "
                        + "replica: " + closedPerTerm(jdbc).size() + " fired once by the other, 0 twice\n");
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    private static void advance(ReplicaProcess replica) {
        Api.Reply moved = replica.as("administrator", null, null, "ADMIN").post("/sim/clock",
                Map.of("advanceTo", PAST_DUE));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    }

    private static int scheduled(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from scheduled_tasks", Integer.class);
    }

    private static Map<String, Integer> closedPerTerm(JdbcTemplate jdbc) {
        Map<String, Integer> closed = new TreeMap<>();
        for (Map<String, Object> row : jdbc.queryForList("select aggregate_identifier as term, count(*) as times"
                + " from domain_event_entry where payload_type like '%TermMonthClosed' group by aggregate_identifier")) {
            closed.put((String) row.get("term"), ((Number) row.get("times")).intValue());
        }
        return closed;
    }
}
