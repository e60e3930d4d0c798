package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demonstration of the README, run as a user runs it (seeded consortium, scenario file, simulated time),
 * then read back over HTTP: each pattern of the scenario ends where the rules take it. It runs with a real Kafka
 * broker, and every decision of its 24 months arrives there as the published language says.
 */
class DemoRunSimulationTest {

    private static Path data;
    private static ConfigurableApplicationContext context;
    private static Api hr;
    private static Api admin;
    private static EmbeddedKafkaKraftBroker broker;

    @BeforeAll
    static void runTheDemonstration() throws IOException {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        data = Files.createTempDirectory("demo-run");
        Path scenario = Path.of(System.getProperty("nengshang.seeds-dir"), "demo/scenario.json");
        context = new SpringApplicationBuilder(NengshangApplication.class).profiles("simulation")
                .run("--server.port=0", "--nengshang.data-dir=" + data, "--nengshang.db.url=",
                        "--nengshang.simulation.start=2026-01-01T08:00:00+08:00",
                        "--nengshang.demo-run=" + scenario, "--nengshang.demo-run-exit=false",
                        "--nengshang.kafka.bootstrap=" + broker.getBrokersAsString());
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        hr = new Api(port).as("hr-officer", null, null, "HR_CENTER");
        admin = new Api(port).as("platform-admin", null, null, "ADMIN");
    }

    @AfterAll
    static void stop() {
        if (context != null) context.close();
        if (broker != null) broker.destroy();
    }

    @Test
    void everyDecisionOfTheRecordArrivesOnKafkaAsASchemaValidCloudEvent() throws Exception {
        PublishedEvents.Expected expected = PublishedEvents.expected(context);
        PublishedEvents.Received received = PublishedEvents.receive(broker.getBrokersAsString(), expected, 180);

        assertThat(received.missing()).as("published events that never arrived").isEmpty();
        assertThat(received.invalid()).as("messages that break their schema or the CloudEvents rules").isEmpty();
        assertThat(received.outOfOrder()).as("a staff member's messages out of the record's order").isEmpty();
        assertThat(received.types()).as("every type of the published language")
                .containsExactlyInAnyOrderElementsOf(PublishedEvents.TYPES);
        assertThat(expected.ids().size()).isGreaterThan(500);
        System.out.printf("the demonstration on Kafka: %d integration events, %d messages received, %d repeats%n",
                expected.ids().size(), received.messages(), received.repeats());

        assertThat(admin.post("/admin/projections/integration/replay", Map.of()).code())
                .as("the publisher is no projection: a replay never publishes again").isEqualTo("PROJECTION_NOT_FOUND");
        assertThat(hr.post("/admin/integration/republish", Map.of("from", 0, "to", 10)).status()).isEqualTo(403);
        assertThat(admin.post("/admin/integration/republish", Map.of("from", 10, "to", 9)).code())
                .isEqualTo("VALIDATION_FAILED");
        Api.Reply again = admin.post("/admin/integration/republish", Map.of("from", 0, "to", Long.MAX_VALUE - 1));
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        Api.Reply all = admin.post("/admin/integration/republish", Map.of("from", 0, "to", 999_999));
        assertThat(all.body().path("published").asInt()).as(all.toString()).isGreaterThanOrEqualTo(expected.ids().size());
        PublishedEvents.Received twice = PublishedEvents.receive(broker.getBrokersAsString(), expected,
                received.messages() + all.body().path("published").asInt(), 60);
        assertThat(twice.repeats()).as("each message once more, with its id").isGreaterThanOrEqualTo(expected.ids().size());
    }

    private static JsonNode appointment(String staffId) {
        return hr.get("/staff/" + staffId).body().path("appointment");
    }

    private static List<String> cases(String staffId) {
        JsonNode page = hr.get("/cases?size=200").body().path("items");
        return StreamSupport.stream(page.spliterator(), false).filter(c -> c.path("staffId").asText().equals(staffId))
                .map(c -> c.path("kind").asText() + " " + c.path("state").asText()).toList();
    }

    private static List<String> rectifications(String staffId) {
        JsonNode list = hr.get("/terms/" + staffId + ".T1/rectifications").body();
        return StreamSupport.stream(list.spliterator(), false).map(r -> r.path("state").asText()).toList();
    }

    @Test
    void theTaskProgressProjectionAgreesWithTheEvaluatorAndAReplayRebuildsTheSameRows() throws InterruptedException {
        awaitTheProjection();
        JsonNode check = admin.get("/admin/projections/progress/check").body();
        assertThat(check.path("checked").asInt()).as(check.toString()).isGreaterThanOrEqualTo(30);
        assertThat(check.path("differences")).as(check.toString()).isEmpty();
        JsonNode before = hr.get("/progress?size=200").body().path("items");

        assertThat(admin.post("/admin/projections/progress/replay", Map.of()).status()).isEqualTo(202);
        awaitTheProjection();

        assertThat(admin.get("/admin/projections/progress/check").body().path("differences")).isEmpty();
        assertThat(hr.get("/progress?size=200").body().path("items")).isEqualTo(before);
    }

    private static void awaitTheProjection() throws InterruptedException {
        for (int attempt = 0; attempt < 1200; attempt++) {
            JsonNode progress = admin.get("/admin/projections").body().findParents("name").stream()
                    .filter(p -> p.path("name").asText().equals("progress")).findFirst().orElseThrow();
            if (!progress.path("replaying").asBoolean() && progress.path("lag").asLong() == 0) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the task-progress projection did not catch up");
    }

    @Test
    void aDiligentSeniorIsReappointedInTheirBandWithoutAnyCase() {
        assertThat(appointment("CL-0001").path("state").asText()).isEqualTo("APPOINTED");
        assertThat(appointment("CL-0001").path("postGrade").asInt()).isEqualTo(4);
        assertThat(cases("CL-0001")).isEmpty();
        assertThat(rectifications("CL-0001")).isEmpty();
        assertThat(hr.get("/staff/CL-0001/history").body().findValuesAsText("type")).contains("TermEnded");
    }

    @Test
    void aSlowStarterFailsTheFirstQuarterRectifiesAndKeepsThePost() {
        assertThat(rectifications("CL-0002")).containsExactly("PASSED");
        assertThat(cases("CL-0002")).isEmpty();
        assertThat(appointment("CL-0002").path("state").asText()).isEqualTo("APPOINTED");
    }

    @Test
    void aRecoveringSeniorIsDowngradedAfterTwoFailedQuartersAndRestoredAfterACompetentYear() {
        assertThat(cases("CL-0003")).containsExactlyInAnyOrder("DOWNGRADE EFFECTIVE", "RESTORATION EFFECTIVE");
        JsonNode grades = hr.get("/staff/CL-0003/post-grades").body();
        assertThat(grades.findValuesAsText("postGrade")).containsExactly("7", "8", "7");
        assertThat(appointment("CL-0003").path("state").asText()).isEqualTo("APPOINTED");
        assertThat(hr.get("/staff/CL-0003/award-eligibility/2026").body().path("eligible").asBoolean()).isFalse();
    }

    @Test
    void aSeniorWhoStopsReportingIsDowngradedThenDismissedForFailingAgain() {
        assertThat(cases("CL-0004")).containsExactlyInAnyOrder("DOWNGRADE EFFECTIVE", "DISMISSAL EFFECTIVE");
        assertThat(appointment("CL-0004").path("state").asText()).isEqualTo("DISMISSED");
    }
}
