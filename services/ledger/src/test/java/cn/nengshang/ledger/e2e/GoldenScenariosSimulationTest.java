package cn.nengshang.ledger.e2e;

import cn.nengshang.policy.golden.GoldenScenarios;
import cn.nengshang.policy.golden.GoldenScenarios.Check;
import cn.nengshang.policy.golden.GoldenScenarios.Entry;
import cn.nengshang.policy.golden.GoldenScenarios.Report;
import cn.nengshang.policy.golden.GoldenScenarios.Scenario;
import cn.nengshang.policy.golden.GoldenScenarios.Term;
import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden table through the HTTP API in simulated time: every scenario's reports, register entries and
 * incidents are sent on the days the table says, and every expectation row is read back from progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "nengshang.simulation.start=2026-01-01T08:00:00+08:00")
@ActiveProfiles("simulation")
class GoldenScenariosSimulationTest {

    private static final ZoneOffset CELE = ZoneOffset.ofHours(8);
    private static final String HOSPITAL = "cele-people-hospital";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path data = Files.createTempDirectory("nengshang-golden");
        registry.add("nengshang.data-dir", data::toString);
        registry.add("nengshang.db.url", () -> "");
    }

    private record Step(OffsetDateTime at, String what, Consumer<SoftAssertions> action) {
    }

    private Api anonymous;
    private Api hr;
    private Api admin;
    private final Map<String, Api> departments = new HashMap<>();

    @Test
    void everyRowOfTheGoldenTableHoldsThroughTheApi() throws IOException {
        anonymous = new Api(port);
        hr = anonymous.as("hr-officer", null, null, "HR_CENTER");
        admin = anonymous.as("administrator", null, null, "ADMIN");
        String testPolicy = Files.readString(GoldenScenarios.folder().resolve("cele-2028-test.json"));
        assertThat(admin.post("/policies", Api.JSON.readTree(testPolicy)).status()).isEqualTo(201);

        List<String> units = StreamSupport.stream(hr.get("/organisation").body().spliterator(), false)
                .filter(i -> i.path("institutionId").asText().equals(HOSPITAL))
                .flatMap(i -> StreamSupport.stream(i.path("departments").spliterator(), false))
                .map(d -> d.path("departmentId").asText()).toList();
        List<Step> steps = new ArrayList<>();
        List<Scenario> scenarios = GoldenScenarios.load();
        for (int i = 0; i < scenarios.size(); i++) {
            steps.addAll(plan(scenarios.get(i), units.get(i)));
        }
        steps.sort(Comparator.comparing(Step::at));

        SoftAssertions softly = new SoftAssertions();
        OffsetDateTime now = OffsetDateTime.parse("2026-01-01T08:00:00+08:00");
        for (Step step : steps) {
            if (step.at().isAfter(now)) {
                Api.Reply moved = admin.post("/sim/clock", Map.of("advanceTo", step.at().toString()));
                assertThat(moved.status()).as("advance to " + step.at()).isEqualTo(200);
                now = step.at();
            }
            step.action().accept(softly);
        }
        softly.assertAll();
    }

    private List<Step> plan(Scenario scenario, String department) {
        String staffId = "GOLD-" + scenario.id();
        Api unit = departments.computeIfAbsent(department,
                d -> anonymous.as("head-" + d, HOSPITAL, d, "DEPARTMENT"));
        OffsetDateTime start = OffsetDateTime.parse("2026-01-01T08:00:00+08:00");
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(start, "register " + staffId, softly -> {
            Api.Reply registered = hr.post("/staff", Map.of("staffId", staffId, "name", "样例 " + scenario.id(),
                    "institutionId", HOSPITAL, "departmentId", department, "rank", scenario.rank().name(),
                    "titleName", "高级职称", "profession", scenario.profession().name(),
                    "specialtyCode", scenario.specialtyCode()));
            assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
            for (Term term : scenario.terms()) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("startMonth", term.start().toString());
                body.put("months", term.months());
                body.put("postGrade", scenario.rank().name().equals("FULL_SENIOR") ? 4 : 6);
                body.put("baselines", term.baselines());
                Api.Reply started = hr.post("/staff/" + staffId + "/terms", body);
                assertThat(started.status()).as(started.toString()).isEqualTo(201);
                assertThat(started.body().path("policyId").asText()).isEqualTo(term.policyId());
            }
        }));
        for (int t = 0; t < scenario.terms().size(); t++) {
            Term term = scenario.terms().get(t);
            String termId = staffId + ".T" + (t + 1);
            for (Report report : term.reports()) {
                steps.add(new Step(at(report.loggedOn(), 9), "report " + termId + " " + report.month(),
                        softly -> expectWritten(softly, unit.put("/terms/" + termId + "/monthly-reports/"
                                + report.month(), reportBody(report)), termId + " " + report.month())));
            }
            for (Entry entry : term.records()) {
                steps.add(new Step(at(entry.on(), 10), entry.kind() + " " + termId,
                        softly -> expectWritten(softly, record(unit, termId, entry), termId + " " + entry)));
            }
            if (t == 0) {
                for (Entry incident : scenario.incidents()) {
                    steps.add(new Step(at(incident.on(), 10), "incident " + staffId,
                            softly -> expectWritten(softly, hr.post("/staff/" + staffId + "/incidents", Map.of(
                                    "type", incident.word(0), "occurredOn", incident.after("on"),
                                    "grade", Integer.valueOf(incident.after("grade")),
                                    "responsibility", incident.after("responsibility"),
                                    "description", "golden scenario " + scenario.id())), staffId + " incident")));
                }
            }
            for (LocalDate day : term.checkDates()) {
                steps.add(new Step(at(day, 23), "check " + termId + " " + day,
                        softly -> compare(softly, scenario, termId, term, day, unit)));
            }
        }
        return steps;
    }

    private static void expectWritten(SoftAssertions softly, Api.Reply reply, String what) {
        softly.assertThat(reply.status()).as(what + " → " + reply.body()).isBetween(200, 201);
    }

    private static Map<String, Object> reportBody(Report report) {
        Map<String, Object> body = new LinkedHashMap<>();
        report.counts().forEach((metric, count) -> body.put(metric.field(), count));
        body.put("grassrootsDays", report.days().stream().map(LocalDate::toString).toList());
        if (report.coreWorkload() != null) body.put("coreWorkload", report.coreWorkload());
        if (report.departmentAverageWorkload() != null) {
            body.put("departmentAverageWorkload", report.departmentAverageWorkload());
        }
        return body;
    }

    private static Api.Reply record(Api unit, String termId, Entry e) {
        String base = "/terms/" + termId;
        return switch (e.kind()) {
            case "mentee" -> unit.post(base + "/mentees", Map.of("menteeId", e.word(0), "name", "徒弟 " + e.word(0),
                    "track", e.word(1), "baselineScore", e.number("baseline"), "since", e.on().toString()));
            case "assess" -> unit.post(base + "/mentees/" + e.word(0) + "/assessments",
                    Map.of("date", e.after("on"), "score", e.number("score")));
            case "replace" -> unit.post(base + "/mentees/" + e.word(0) + "/replacement", Map.of("reason",
                    e.rest("because"), "replacedBy", Map.of("menteeId", e.after("by"), "name", "徒弟 " + e.after("by"),
                            "baselineScore", e.number("baseline"))));
            case "project" -> unit.post(base + "/projects", Map.of("kind", e.word(0), "level", e.word(1),
                    "role", e.word(2), "title", "golden project", "date", e.after("on")));
            case "achievement" -> {
                Map<String, Object> body = new HashMap<>(Map.of("kind", e.word(0), "date", e.after("on"),
                        "description", "golden achievement"));
                if (e.after("value") != null) body.put("value", e.number("value"));
                if (e.after("level") != null) body.put("level", e.after("level"));
                yield unit.post(base + "/achievements", body);
            }
            case "exempt" -> unit.post(base + "/exemptions", Map.of("weekOf", e.after("of"), "reason", "批准休假"));
            default -> throw new IllegalArgumentException("unknown record " + e);
        };
    }

    private static void compare(SoftAssertions softly, Scenario scenario, String termId, Term term, LocalDate day,
                                Api unit) {
        Api.Reply progress = unit.with("Accept-Language", "en").get("/terms/" + termId + "/progress?asOf=" + day);
        softly.assertThat(progress.status()).as(termId + " progress").isEqualTo(200);
        softly.assertThat(progress.body().path("policyId").asText()).as(termId + " policy").isEqualTo(term.policyId());
        Map<String, JsonNode> tasks = new HashMap<>();
        progress.body().path("tasks").forEach(t -> tasks.put(t.path("task").asText(), t));
        for (Check row : term.checks().stream().filter(c -> c.asOf().equals(day)).toList()) {
            JsonNode task = tasks.get(row.task());
            String where = scenario.id() + " " + row.task() + " as of " + day + " — "
                    + (task == null ? "missing" : task.path("explanation").asText());
            softly.assertThat(task).as(where).isNotNull();
            if (task == null) continue;
            softly.assertThat(task.path("status").asText()).as(where).isEqualTo(row.status().name());
            softly.assertThat(task.path("target").decimalValue()).as(where + " target").isEqualByComparingTo(row.target());
            softly.assertThat(task.path("expected").decimalValue()).as(where + " expected")
                    .isEqualByComparingTo(row.expected());
            softly.assertThat(task.path("actual").decimalValue()).as(where + " actual").isEqualByComparingTo(row.actual());
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), CELE);
    }

}
