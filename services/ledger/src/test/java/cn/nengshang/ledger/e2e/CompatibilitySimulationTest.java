package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import org.axonframework.eventsourcing.eventstore.EventStore;
import cn.nengshang.ledger.common.ReadModelBarrier;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record written by the version before stable event names (the demonstration's 1,848 events of every
 * type, taken from that version's event store, with the answers that version gave about them at simulated
 * 2028-03-11) is read by this version into the same staff, progress, verdicts, cases, rectifications and
 * post grades. Where this version reads the record differently on purpose, the difference is named here:
 * <ul>
 *     <li>a fact is shown once: the mirror events {@code CaseStarted}, {@code GroundAdded} and the case
 *     file's copy of {@code CaseConcluded} are no more, {@code CaseConcludedOnRecord} is now
 *     {@code CaseConcluded};</li>
 *     <li>explanations are rendered from findings by the bundles, so their words are not compared, nor are those
 *     of a case's opening and conclusion, now told by the person's record's own events.</li>
 * </ul>
 */
class CompatibilitySimulationTest {

    /** The types whose events the previous version stored twice; the second line is gone. */
    private static final Set<String> MIRRORS = Set.of("CaseStarted", "GroundAdded");
    private static final Map<String, String> RENAMED = Map.of("CaseConcludedOnRecord", "CaseConcluded");

    /** Reads the stored payloads digit for digit: 62.50 stays 62.50, as the store held it. */
    private static final ObjectMapper STORED = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    @TempDir
    static Path data;

    private static EmbeddedPostgres postgres;
    private static ConfigurableApplicationContext application;
    private static Api hr;
    private static JsonNode before;
    private static int stored;

    @BeforeAll
    static void readTheOldRecord() throws IOException {
        postgres = EmbeddedPostgres.builder().setDataDirectory(data.resolve("db")).setCleanDataDirectory(true).start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        stored = load(new JdbcTemplate(postgres.getPostgresDatabase()));
        before = Api.JSON.readTree(gunzip("compatibility/answers-v1.json.gz"));
        application = new SpringApplicationBuilder(NengshangApplication.class).profiles("simulation").run(
                "--server.port=0", "--nengshang.data-dir=" + data, "--nengshang.demo=false",
                "--nengshang.db.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--nengshang.db.user=postgres",
                "--nengshang.db.password=", "--nengshang.simulation.start=2028-03-11T09:00:00+08:00",
                "--nengshang.read-model-wait=PT300S");
        application.getBean(ReadModelBarrier.class).awaitCaughtUp();
        int port = Integer.parseInt(application.getEnvironment().getProperty("local.server.port"));
        hr = new Api(port).as("hr-officer", null, null, "HR_CENTER").with("Accept-Language", "en");
    }

    @AfterAll
    static void stop() throws IOException {
        if (application != null) application.close();
        if (postgres != null) postgres.close();
    }

    /** The fixture's events, as the previous version's event store held them, into a fresh store. */
    private static int load(JdbcTemplate jdbc) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(resource("compatibility/events-v1.jsonl.gz")), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode e = STORED.readTree(line);
                rows.add(new Object[]{e.path("globalIndex").asLong(), e.path("aggregateIdentifier").asText(),
                        e.path("sequenceNumber").asLong(), e.path("type").asText(null),
                        e.path("eventIdentifier").asText(), bytes(e.path("metaData")), bytes(e.path("payload")),
                        e.path("payloadRevision").asText(null), e.path("payloadType").asText(),
                        e.path("timeStamp").asText()});
            }
        }
        jdbc.batchUpdate("insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,"
                + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        return rows.size();
    }

    private static byte[] bytes(JsonNode json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream resource(String name) {
        return CompatibilitySimulationTest.class.getClassLoader().getResourceAsStream(name);
    }

    private static String gunzip(String name) throws IOException {
        try (InputStream in = new GZIPInputStream(resource(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> people() {
        List<String> ids = new ArrayList<>();
        before.path("people").fieldNames().forEachRemaining(ids::add);
        return ids;
    }

    @Test
    void theFixtureHoldsEveryEventTypeOfThePreviousVersion() throws IOException {
        assertThat(stored).isEqualTo(1848);
        Set<String> types = new java.util.TreeSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(resource("compatibility/events-v1.jsonl.gz")), StandardCharsets.UTF_8))) {
            lines.lines().forEach(line -> types.add(line.replaceFirst(".*\"payloadType\" : \"([^\"]+)\".*", "$1")));
        }
        assertThat(types).hasSize(37);
    }

    @Test
    void theSameStaffWithTheirAppointmentsAndPostGrades() {
        assertSameAs(before.path("staff"), hr.get("/staff?size=200").body(), "staff");
        for (String id : people()) {
            assertSameAs(before.path("people").path(id).path("postGrades"),
                    hr.get("/staff/" + id + "/post-grades").body(), id + " post grades");
            assertSameAs(before.path("people").path(id).path("incidents"),
                    hr.get("/staff/" + id + "/incidents").body(), id + " incidents");
            assertSameAs(before.path("people").path(id).path("awards2027"),
                    hr.get("/staff/" + id + "/award-eligibility/2027").body(), id + " awards 2027");
            assertSameAs(before.path("people").path(id).path("clawback"),
                    hr.get("/staff/" + id + "/clawback").body(), id + " clawback");
        }
    }

    @Test
    void theSameTermsVerdictsAndProgressAsOfEachDay() {
        for (String id : people()) {
            JsonNode then = before.path("people").path(id);
            assertSameAs(then.path("term"), hr.get("/terms/" + id + ".T1").body(), id + " term");
            then.path("progress").fields().forEachRemaining(day -> assertSameAs(withoutWords(day.getValue()),
                    withoutWords(hr.get("/terms/" + id + ".T1/progress?asOf=" + day.getKey()).body()),
                    id + " progress as of " + day.getKey()));
        }
    }

    @Test
    void theSameCasesRectificationsAndOverdueReports() {
        assertSameAs(oneLinePerFact(before.path("cases")), hr.get("/cases?size=200").body(), "cases");
        assertSameAs(before.path("rectifications"), hr.get("/rectifications").body(), "rectifications");
        assertSameAs(before.path("overdue"), hr.get("/overdue-reports").body(), "overdue reports");
        assertSameAs(before.path("calendars"), hr.get("/calendars").body(), "calendars");
    }

    @Test
    void eachPersonsHistoryShowsEachFactOnceWithItsActor() {
        for (String id : people()) {
            JsonNode history = hr.get("/staff/" + id + "/history").body();
            List<String> expected = new ArrayList<>();
            before.path("people").path(id).path("history").forEach(line -> {
                String type = line.path("type").asText();
                if (!MIRRORS.contains(type) && !type.equals("CaseConcluded")) {
                    expected.add(RENAMED.getOrDefault(type, type) + " " + line.path("at").asText() + " "
                            + (line.path("actor").isNull() ? "system" : line.path("actor").asText()));
                }
            });
            List<String> actual = new ArrayList<>();
            history.forEach(line -> actual.add(line.path("type").asText() + " " + line.path("at").asText() + " "
                    + line.path("actor").asText()));
            assertThat(actual).as(id + " history").containsExactlyElementsOf(expected);
        }
    }

    /**
     * The previous version's incidents, written without severity and effectiveOn: read by this version's serializer
     * with both absent, their day of effect their own day, and read by the title rules (which open nothing of them).
     */
    @Test
    void theIncidentsThePreviousVersionWroteReadWithoutTheFieldsAddedSince() {
        List<IncidentRecorded> incidents = application.getBean(EventStore.class).readEvents("CL-0901", 0).asStream()
                .map(m -> m.getPayload()).filter(IncidentRecorded.class::isInstance).map(IncidentRecorded.class::cast)
                .toList();
        assertThat(incidents).extracting(i -> i.type().name())
                .containsExactlyInAnyOrder("MEDICAL_DISPUTE", "DIRECTIVE_REFUSAL", "ETHICS_VIOLATION", "FRAUD");
        assertThat(incidents).allSatisfy(i -> {
            assertThat(i.severity()).isNull();
            assertThat(i.effectiveOn()).isNull();
            assertThat(i.effectiveDay()).isEqualTo(i.occurredOn());
        });
        Api.Reply answer = hr.get("/staff/CL-0901/promotion-eligibility?reviewYear=2028");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.body().path("conditions").get(5).path("met").asBoolean())
                .as("none of them is a veto of the title rules").isTrue();
    }

    @Test
    void readingTheOldRecordWritesNothing() {
        Long count = application.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry",
                Long.class);
        assertThat(count).isEqualTo(stored);
    }

    /** A progress answer without the words of its explanations, which the bundles now render. */
    private static JsonNode withoutWords(JsonNode progress) {
        JsonNode copy = progress.deepCopy();
        copy.path("tasks").forEach(task -> ((ObjectNode) task).remove("explanation"));
        return copy;
    }

    /**
     * The previous version's case list as this version tells it: a case's history showed the case file's copies
     * of its opening, grounds and conclusion; it now shows the person's record's own events, in their words.
     */
    private static JsonNode oneLinePerFact(JsonNode cases) {
        Map<String, String> told = Map.of("CaseStarted", "CaseOpened", "GroundAdded", "GroundFound",
                "CaseConcluded", "CaseConcluded");
        JsonNode copy = cases.deepCopy();
        copy.path("items").forEach(item -> item.path("history").forEach(step -> {
            String now = told.get(step.path("step").asText());
            if (now != null) {
                ((ObjectNode) step).put("step", now);
                ((ObjectNode) step).remove("detail");
            }
        }));
        return copy;
    }

    /** Every field the previous version answered is answered alike; fields added since are allowed. */
    private static void assertSameAs(JsonNode expected, JsonNode actual, String where) {
        if (expected.isObject()) {
            assertThat(actual.isObject()).as(where + ": " + actual).isTrue();
            expected.fields().forEachRemaining(f ->
                    assertSameAs(f.getValue(), actual.path(f.getKey()), where + "." + f.getKey()));
        } else if (expected.isArray()) {
            assertThat(actual.size()).as(where + " size: " + actual).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSameAs(expected.get(i), actual.get(i), where + "[" + i + "]");
            }
        } else if (expected.isNumber()) {
            assertThat(actual.isNumber()).as(where + ": " + actual).isTrue();
            assertThat(actual.decimalValue()).as(where).isEqualByComparingTo(expected.decimalValue());
        } else {
            assertThat(actual).as(where).isEqualTo(expected);
        }
    }
}
