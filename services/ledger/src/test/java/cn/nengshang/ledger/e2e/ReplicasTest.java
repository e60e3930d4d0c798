package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the service on one PostgreSQL, as in production: each serves reads and writes; what one
 * writes the other reads at once, caches included; commands that conflict on one person's record from both
 * lose nothing and write nothing twice.
 */
class ReplicasTest {

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;
    private static Api hrOnFirst;
    private static Api hrOnSecond;

    private static ConfigurableApplicationContext replica(String url) throws Exception {
        return new SpringApplicationBuilder(NengshangApplication.class).profiles("local")
                .run("--server.port=0", "--nengshang.data-dir=" + Files.createTempDirectory("replica"),
                        "--nengshang.db.url=" + url, "--nengshang.db.user=postgres", "--nengshang.db.password=");
    }

    private static int port(ConfigurableApplicationContext replica) {
        return Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
    }

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().setDataDirectory(Files.createTempDirectory("replicas-db"))
                .setCleanDataDirectory(true).start();
        String url = postgres.getJdbcUrl("postgres", "postgres");
        first = replica(url);
        second = replica(url);
        hrOnFirst = new Api(port(first)).as("hr-officer", null, null, "HR_CENTER");
        hrOnSecond = new Api(port(second)).as("hr-officer", null, null, "HR_CENTER");
    }

    @AfterAll
    static void stop() throws Exception {
        if (second != null) second.close();
        if (first != null) first.close();
        if (postgres != null) postgres.close();
    }

    private static JsonNode withoutPosition(JsonNode body) {
        JsonNode copy = body.deepCopy();
        if (copy instanceof com.fasterxml.jackson.databind.node.ObjectNode object) object.remove("position");
        return copy;
    }

    @Test
    void bothReplicasServeTheSameAnswers() {
        for (String path : List.of("/staff?size=200", "/progress/summary", "/progress?size=200", "/organisation",
                "/policies", "/cases?size=200")) {
            Api.Reply onFirst = hrOnFirst.get(path);
            assertThat(onFirst.status()).as(path).isEqualTo(200);
            // the summary says as of which event it answers: that is the replica's, not the record's
            assertThat(withoutPosition(hrOnSecond.get(path).body())).as(path).isEqualTo(withoutPosition(onFirst.body()));
        }
        assertThat(hrOnFirst.get("/staff?size=200").body().path("total").asLong()).isPositive();
    }

    @Test
    void whatOneReplicaWritesTheOtherReadsAtOnce() {
        String onSecond = Scenarios.aSurgeonWithATermFrom(hrOnSecond, "REPLICA-1", YearMonth.now(ZoneId.of("Asia/Shanghai")));
        // the second replica's write waited for the processors, wherever they run
        assertThat(hrOnFirst.get("/terms/" + onSecond + "/progress").status()).isEqualTo(200);
        assertThat(hrOnFirst.get("/progress?size=200").body().path("items").findValuesAsText("termId"))
                .contains(onSecond);
        assertThat(hrOnSecond.get("/progress?size=200").body().path("items").findValuesAsText("termId"))
                .contains(onSecond);
    }

    @Test
    void aCalendarPutInPlaceOnOneReplicaCountsOnTheOther() {
        LocalDate monday = LocalDate.of(2031, 6, 16);
        String path = "/calendars/working-days?from=" + monday + "&count=5";
        assertThat(hrOnSecond.get(path).body().path("lastDay").asText()).isEqualTo("2031-06-20");
        Api admin = new Api(port(first)).as("administrator", null, null, "ADMIN");
        Api.Reply replaced = admin.put("/calendars/replica-2031", Map.of("days", List.of(Map.of(
                "date", "2031-06-18", "kind", "HOLIDAY", "name", "测试假日"))));
        assertThat(replaced.status()).as(replaced.text()).isBetween(200, 201);
        assertThat(hrOnSecond.get(path).body().path("lastDay").asText()).isEqualTo("2031-06-23");
    }

    @Test
    void conflictingCommandsFromBothReplicasLoseNothingAndWriteNothingTwice() throws Exception {
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2);
        String termId = Scenarios.aSurgeonWithATermFrom(hrOnFirst, "REPLICA-2", month);
        Api[] departments = {
                new Api(port(first)).as("surgery-head", Scenarios.HOSPITAL, Scenarios.SURGERY, "DEPARTMENT"),
                new Api(port(second)).as("surgery-head", Scenarios.HOSPITAL, Scenarios.SURGERY, "DEPARTMENT")};
        String path = "/terms/" + termId + "/monthly-reports/" + month;
        int commands = 200;
        ExecutorService callers = Executors.newFixedThreadPool(8);
        List<Future<Api.Reply>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < commands; i++) {
                Map<String, Object> report = ApiTestBase.report(1);
                // every command's report differs from every other's, so each one that is done writes one event
                report.put("teachingRounds", i / 20);
                report.put("caseDiscussions", i % 20);
                // whichever arrives first submits the month, every later one corrects it, with its reason
                report.put("correctionReason", "第" + i + "次更正");
                Api department = departments[i % 2];
                answers.add(callers.submit(() -> department.put(path, report)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Reply> answer : answers) statuses.add(answer.get().status());
            long done = statuses.stream().filter(s -> s == 200 || s == 201).count();
            long conflicts = statuses.stream().filter(s -> s == 409).count();
            assertThat(done + conflicts).as("every answer is done or a conflict: %s", statuses).isEqualTo(commands);
            assertThat(done).isPositive();

            List<String> written = hrOnSecond.get("/staff/REPLICA-2/history").body().findValuesAsText("type")
                    .stream().filter(type -> type.startsWith("MonthlyReport") && !type.equals("MonthlyReportOverdue"))
                    .toList();
            assertThat(written).as("one event per command done, none lost, none twice").hasSize((int) done);
            assertThat(hrOnFirst.get(path).header("ETag")).as("the report's version").isEqualTo("\"" + done + "\"");
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("done", done);
            summary.put("conflicts", conflicts);
            System.out.println("conflicting commands from two replicas: " + summary);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theReplicasShareOneTokenStore() {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        List<String> owners = jdbc.queryForList("select distinct owner from token_entry where owner is not null",
                String.class);
        assertThat(owners).as("the segments are claimed through the token store").isNotEmpty();
        Long processors = jdbc.queryForObject("select count(distinct processor_name) from token_entry", Long.class);
        assertThat(processors).isGreaterThan(5);
    }
}
