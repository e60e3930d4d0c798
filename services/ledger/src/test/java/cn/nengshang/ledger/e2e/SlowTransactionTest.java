package cn.nengshang.ledger.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Battery item 3: a transaction that has taken a position in the event store and stays open past the gap
 * timeout (a writer stalled between its insert and its commit) can never commit there, where the processors
 * would have stopped waiting for that position and passed it by for ever: PostgreSQL ends it first, so it
 * writes nothing, and every event that was committed is processed. Here with a gap timeout of 4 s and an idle
 * transaction timeout of 2 s; in production 60 s and 20 s, and the service will not start unless the second is
 * the shorter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "nengshang.event-store.gap-timeout=4000", "nengshang.db.idle-transaction-timeout=PT2S",
        "nengshang.demo=false"})
class SlowTransactionTest {

    private static final Map<String, Object> SURGEON = Map.of("name", "慢事务", "institutionId",
            "cele-people-hospital", "departmentId", "cele-people-hospital.general-surgery", "rank",
            "ASSOCIATE_SENIOR", "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0115");

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("nengshang-slow").toString();
        registry.add("nengshang.data-dir", () -> data);
        registry.add("nengshang.db.url", () -> "");
    }

    private static Map<String, Object> surgeon(String staffId) {
        Map<String, Object> surgeon = new HashMap<>(SURGEON);
        surgeon.put("staffId", staffId);
        return surgeon;
    }

    /**
     * Takes the next position with a copy of the person's registration under another id, waits past the gap
     * timeout, then commits: what the commit did.
     */
    private String slowRegistration(String copyOf, String staffId, long holdMillis) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("insert into domain_event_entry "
                    + "(global_index, aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp) select nextval('domain_event_entry_seq'), ?, 0, type,"
                    + " ?, meta_data, convert_to(replace(convert_from(payload, 'UTF8'), ?, ?), 'UTF8'), payload_revision,"
                    + " payload_type, time_stamp from domain_event_entry where aggregate_identifier = ?"
                    + " and sequence_number = 0")) {
                insert.setString(1, staffId);
                insert.setString(2, UUID.randomUUID().toString());
                insert.setString(3, '"' + copyOf + '"');
                insert.setString(4, '"' + staffId + '"');
                insert.setString(5, copyOf);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            Thread.sleep(holdMillis);
            connection.commit();
            return "committed";
        } catch (SQLException e) {
            return "ended by PostgreSQL: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Test
    void aTransactionOpenPastTheGapTimeoutIsEndedAndNothingCommittedIsPassedBy() throws Exception {
        Api hr = new Api(port).as("hr-officer", null, null, "HR_CENTER");
        assertThat(hr.post("/staff", surgeon("SLOW-BASE")).status()).isEqualTo(201);

        CompletableFuture<String> slow = CompletableFuture.supplyAsync(
                () -> slowRegistration("SLOW-BASE", "SLOW-HELD", 6_000));
        Thread.sleep(300);
        // meanwhile others write after the held position, and read what they wrote at once
        List<String> fast = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String staffId = "SLOW-FAST-" + i;
            assertThat(hr.post("/staff", surgeon(staffId)).status()).isEqualTo(201);
            assertThat(hr.get("/staff/" + staffId).status()).isEqualTo(200);
            fast.add(staffId);
            Thread.sleep(1_000);
        }

        assertThat(slow.get()).as("the held transaction").startsWith("ended by PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, "SLOW-HELD")).as("written by the held transaction").isZero();
        // past the gap timeout, the processors go on with everything that was committed
        Thread.sleep(4_500);
        assertThat(hr.post("/staff", surgeon("SLOW-AFTER")).status()).isEqualTo(201);
        List<String> listed = hr.get("/staff?size=200").body().path("items").findValuesAsText("staffId");
        assertThat(listed).contains("SLOW-BASE", "SLOW-AFTER").containsAll(fast).doesNotContain("SLOW-HELD");
        assertThat(listed).as("every registration committed is in the directory")
                .hasSize(jdbc.queryForObject("select count(*) from domain_event_entry where payload_type like"
                        + " '%StaffRegistered'", Integer.class));
    }
}
