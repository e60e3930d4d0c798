package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheme's procedures in simulated time, as its users drive them over HTTP: a rectification that passes,
 * and two failed quarters that lead through the whole procedure to a down-grade and, a year on, restoration.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"nengshang.simulation.start=2026-01-01T08:00:00+08:00", "nengshang.demo=false"})
@ActiveProfiles("simulation")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseworkSimulationTest {

    static final String HOSPITAL = "cele-people-hospital";
    static final String SURGERY = HOSPITAL + ".general-surgery";
    static final String ORTHOPAEDICS = HOSPITAL + ".orthopaedics";

    @LocalServerPort
    int port;

    Api hr;
    Api admin;
    Api hospital;
    Api branch;
    Api committee;
    Api assessor;
    Api director;
    Api surgery;
    Api orthopaedics;
    Api colleague;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String data = Files.createTempDirectory("nengshang-casework").toString();
        registry.add("nengshang.data-dir", () -> data);
        registry.add("nengshang.db.url", () -> "");
    }

    @BeforeEach
    void callers() {
        Api anonymous = new Api(port);
        hr = anonymous.as("hr-officer", null, null, "HR_CENTER");
        admin = anonymous.as("administrator", null, null, "ADMIN");
        hospital = anonymous.as("hospital-office", HOSPITAL, null, "INSTITUTION");
        branch = anonymous.as("branch-secretary", HOSPITAL, null, "PARTY_BRANCH");
        committee = anonymous.as("committee-secretary", null, null, "PARTY_COMMITTEE");
        assessor = anonymous.as("commission-assessor", null, null, "COMMISSION");
        director = anonymous.as("commission-director", null, null, "COMMISSION");
        surgery = anonymous.as("surgery-head", HOSPITAL, SURGERY, "DEPARTMENT");
        orthopaedics = anonymous.as("orthopaedics-head", HOSPITAL, ORTHOPAEDICS, "DEPARTMENT");
        colleague = anonymous.as("a-colleague", HOSPITAL, ORTHOPAEDICS, "STAFF");
    }

    @Test
    void inSimulatedTimeTheServiceReportsItselfHealthyAndReady() {
        assertThat(Api.server(port).get("/actuator/health").body().path("status").asText()).isEqualTo("UP");
        assertThat(Api.server(port).get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    private void at(String instant) {
        Api.Reply moved = admin.post("/sim/clock", Map.of("advanceTo", instant + ":00+08:00"));
        assertThat(moved.status()).as("advance to " + instant).isEqualTo(200);
    }

    private void surgeon(String staffId, String department) {
        assertThat(hr.post("/staff", Map.of("staffId", staffId, "name", "外科医生 " + staffId,
                "institutionId", HOSPITAL, "departmentId", department, "rank", "ASSOCIATE_SENIOR",
                "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0115")).status()).isEqualTo(201);
        assertThat(hr.post("/staff/" + staffId + "/terms", Map.of("startMonth", "2026-01", "postGrade", 6))
                .status()).isEqualTo(201);
    }

    private static Map<String, Object> month(YearMonth month, int consultations, int grassrootsEach) {
        Map<String, Object> report = new HashMap<>(ApiTestBase.report(1));
        report.put("grade4Operations", 2);
        report.put("countyConsultations", consultations);
        report.put("grassrootsServices", 60);
        report.put("grassrootsGrade2Operations", 2);
        for (String kind : List.of("grassrootsBusinessLearning", "grassrootsCaseDiscussions",
                "grassrootsTeachingRounds", "grassrootsSkillsTrainings")) {
            report.put(kind, grassrootsEach);
        }
        report.put("grassrootsDays", mondays(month));
        return report;
    }

    private static List<String> mondays(YearMonth month) {
        return month.atDay(1).datesUntil(month.plusMonths(1).atDay(1))
                .filter(d -> d.getDayOfWeek().getValue() == 1).map(LocalDate::toString).toList();
    }

    private void mentees(Api department, String termId) {
        String since = hr.get("/sim/clock").body().path("now").asText().substring(0, 10);
        assertThat(department.post("/terms/" + termId + "/mentees", Map.of("menteeId", "D1", "name", "科室徒弟",
                "track", "DEPARTMENT", "baselineScore", 60, "since", since)).status()).isEqualTo(201);
        assertThat(department.post("/terms/" + termId + "/mentees", Map.of("menteeId", "G1", "name", "基层徒弟",
                "track", "GRASSROOTS", "baselineScore", 50, "since", since)).status()).isEqualTo(201);
    }

    private String state(String staffId) {
        return hr.get("/staff/" + staffId).body().path("appointment").path("state").asText();
    }

    private long approvals(String staffId) {
        return hr.get("/staff/" + staffId + "/history").body().findValuesAsText("type").stream()
                .filter("CaseApproved"::equals).count();
    }

    @SafeVarargs
    private static List<Api.Reply> simultaneously(Supplier<Api.Reply>... calls) {
        CyclicBarrier start = new CyclicBarrier(calls.length);
        ExecutorService callers = Executors.newFixedThreadPool(calls.length);
        try {
            List<CompletableFuture<Api.Reply>> running = Arrays.stream(calls)
                    .map(call -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return call.get();
                    }, callers)).toList();
            return running.stream().map(CompletableFuture::join).toList();
        } finally {
            callers.shutdown();
        }
    }

    private JsonNode theCase(String caseId) {
        return hr.get("/cases/" + caseId).body();
    }

    @Test
    @Order(1)
    void aSurgeonShortInTheFirstQuarterRectifiesAndPasses() {
        at("2026-01-20T10:00");
        surgeon("SIM-A", SURGERY);
        surgeon("SIM-B", ORTHOPAEDICS);
        mentees(surgery, "SIM-A.T1");
        for (int m = 1; m <= 3; m++) {
            at("2026-0" + (m + 1) + "-05T09:00");
            YearMonth month = YearMonth.of(2026, m);
            assertThat(surgery.put("/terms/SIM-A.T1/monthly-reports/" + month, month(month, 1, 1)).status())
                    .isEqualTo(201);
        }
        at("2026-04-15T10:00");
        JsonNode suggestion = hospital.get("/terms/SIM-A.T1/quarters/2026-Q1/suggestion").body();
        assertThat(suggestion.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(hospital.put("/terms/SIM-A.T1/quarters/2026-Q1", Map.of("verdict", "FAIL")).status())
                .isEqualTo(200);
        assertThat(state("SIM-A")).isEqualTo("IN_RECTIFICATION");
        JsonNode period = hr.get("/terms/SIM-A.T1/rectifications").body().get(0);
        assertThat(period.path("endsOn").asText()).isEqualTo("2026-07-15");
        assertThat(period.path("judgedOn").asText()).isEqualTo("2026-08-10");

        for (int m = 4; m <= 7; m++) {
            at("2026-0" + (m + 1) + "-05T09:00");
            YearMonth month = YearMonth.of(2026, m);
            surgery.put("/terms/SIM-A.T1/monthly-reports/" + month, month(month, 4, 1));
        }
        at("2026-08-10T20:00");
        assertThat(hr.get("/terms/SIM-A.T1/rectifications").body().get(0).path("state").asText()).isEqualTo("OPEN");
        at("2026-08-11T09:00");
        JsonNode judged = hr.get("/terms/SIM-A.T1/rectifications").body().get(0);
        assertThat(judged.path("state").asText()).as(judged.toString()).isEqualTo("PASSED");
        assertThat(state("SIM-A")).isEqualTo("APPOINTED");
        assertThat(hr.get("/overdue-reports?department=" + SURGERY).body().findValuesAsText("staffId"))
                .doesNotContain("SIM-A");
    }

    @Test
    @Order(2)
    void twoFailedQuartersLeadThroughTheProcedureToADownGradeAndAYearOnToRestoration() {
        hospital.put("/terms/SIM-B.T1/quarters/2026-Q1", Map.of("verdict", "FAIL"));
        assertThat(state("SIM-B")).isEqualTo("IN_RECTIFICATION");
        assertThat(hospital.put("/terms/SIM-B.T1/quarters/2026-Q2", Map.of("verdict", "FAIL")).status())
                .isEqualTo(200);
        assertThat(state("SIM-B")).isEqualTo("UNDER_REVIEW");
        String caseId = hr.get("/staff/SIM-B").body().path("openCaseId").asText();
        assertThat(caseId).isEqualTo("SIM-B-C1");
        assertThat(theCase(caseId).path("grounds").findValuesAsText("ground"))
                .containsExactly("CONSECUTIVE_QUARTER_FAILS");
        assertThat(hr.get("/overdue-reports?department=" + ORTHOPAEDICS).body().get(0).path("count").asInt())
                .isGreaterThanOrEqualTo(6);

        assertThat(committee.post("/cases/" + caseId + "/committee-decision", Map.of("members", 9, "present", 7,
                "inFavour", 6, "outcome", "DOWNGRADE", "postGrade", 9)).code()).isEqualTo("CASE_STATE");
        assertThat(branch.post("/cases/" + caseId + "/proposal", Map.of("reasons", "连续两个季度考核不合格",
                "evidence", List.of("2026-Q1 季度考核表", "2026-Q2 季度考核表"))).status()).isEqualTo(200);
        assertThat(hr.post("/cases/" + caseId + "/qualification", Map.of("outcome", "CONFIRMED",
                "notes", "材料真实、程序合规")).status()).isEqualTo(200);
        assertThat(assessor.post("/cases/" + caseId + "/assessment", Map.of("quantitative", 55, "democratic", 70,
                "defence", 65, "weights", Map.of("quantitative", 0.7, "democratic", 0.2, "defence", 0.1)))
                .status()).isEqualTo(200);
        assertThat(committee.post("/cases/" + caseId + "/committee-decision", Map.of("members", 9, "present", 7,
                "inFavour", 6, "outcome", "DOWNGRADE", "postGrade", 9)).status()).isEqualTo(200);
        Api.Reply notice = hr.post("/cases/" + caseId + "/notice", Map.of("startsOn", "2026-08-12"));
        assertThat(notice.body().path("endsOn").asText()).isEqualTo("2026-08-18");
        Api.Reply objection = colleague.post("/cases/" + caseId + "/objections", Map.of("text", "第二季度数据有误"));
        assertThat(objection.status()).isEqualTo(201);

        at("2026-08-19T09:00");
        assertThat(theCase(caseId).path("state").asText()).as("an open objection keeps the notice open")
                .isEqualTo("NOTICED");
        assertThat(director.post("/cases/" + caseId + "/approval", Map.of("approved", true)).code())
                .isEqualTo("OBJECTIONS_OPEN");
        hr.post("/cases/" + caseId + "/objections/" + objection.body().path("objectionId").asText() + "/answer",
                Map.of("answer", "经核实数据无误", "upheld", false));
        assertThat(theCase(caseId).path("state").asText()).isEqualTo("NOTICE_CLOSED");
        assertThat(assessor.post("/cases/" + caseId + "/approval", Map.of("approved", true)).code())
                .as("whoever scored the case may not approve it").isEqualTo("FOUR_EYES");
        assertThat(director.post("/cases/" + caseId + "/approval", Map.of("approved", true, "notes", "同意"))
                .status()).isEqualTo(200);
        at("2026-08-20T09:00");
        JsonNode effective = hospital.post("/cases/" + caseId + "/agreement", Map.of("signedOn", "2026-08-20",
                "postGrade", 9, "termMonths", 24)).body();
        assertThat(effective.path("state").asText()).isEqualTo("EFFECTIVE");
        assertThat(effective.path("history").findValuesAsText("actor")).contains("branch-secretary", "hr-officer",
                "commission-assessor", "committee-secretary", "a-colleague", "commission-director", "hospital-office");
        assertThat(state("SIM-B")).isEqualTo("DOWNGRADED");
        assertThat(hr.get("/staff/SIM-B").body().path("appointment").path("postGrade").asInt()).isEqualTo(9);
        assertThat(hr.get("/staff/SIM-B/post-grades").body().findValuesAsText("postGrade")).containsExactly("6", "9");
        assertThat(hr.get("/staff/SIM-B/award-eligibility/2026").body().path("eligible").asBoolean()).isFalse();

        mentees(orthopaedics, "SIM-B.T1");
        for (int m = 8; m <= 12; m++) {
            at((m == 12 ? "2027-01" : "2026-" + (m < 9 ? "0" : "") + (m + 1)) + "-05T09:00");
            YearMonth month = YearMonth.of(2026, m);
            orthopaedics.put("/terms/SIM-B.T1/monthly-reports/" + month, month(month, 4, 4));
        }
        assertThat(hr.get("/terms/SIM-B.T1/rectifications").body().get(0).path("state").asText())
                .as("the rectification started by the first FAIL passes on the reports since").isEqualTo("PASSED");
        at("2027-01-15T10:00");
        assertThat(assessor.put("/staff/SIM-B/annual-ratings/2026", Map.of("rating", "COMPETENT")).status())
                .isEqualTo(200);
        String restoration = hr.get("/staff/SIM-B").body().path("openCaseId").asText();
        assertThat(theCase(restoration).path("kind").asText()).isEqualTo("RESTORATION");
        assertThat(state("SIM-B")).isEqualTo("DOWNGRADED");

        branch.post("/cases/" + restoration + "/proposal", Map.of("reasons", "年度考核合格，任务完成",
                "evidence", List.of("2026 年度考核")));
        hr.post("/cases/" + restoration + "/qualification", Map.of("outcome", "CONFIRMED"));
        assessor.post("/cases/" + restoration + "/assessment", Map.of("quantitative", 85, "democratic", 80,
                "defence", 82, "weights", Map.of("quantitative", 0.8, "democratic", 0.1, "defence", 0.1)));
        assertThat(committee.post("/cases/" + restoration + "/committee-decision", Map.of("members", 9,
                "present", 9, "inFavour", 8, "outcome", "RESTORE", "postGrade", 6)).status()).isEqualTo(200);
        hr.post("/cases/" + restoration + "/notice", Map.of("startsOn", "2027-01-18"));
        at("2027-01-26T09:00");
        // two commissioners approve at the same moment: the case is approved once, the second is told its state
        long approvalsBefore = approvals("SIM-B");
        Api deputy = new Api(port).as("commission-deputy", null, null, "COMMISSION");
        List<Api.Reply> both = simultaneously(
                () -> director.post("/cases/" + restoration + "/approval", Map.of("approved", true)),
                () -> deputy.post("/cases/" + restoration + "/approval", Map.of("approved", true, "notes", "同意")));
        assertThat(both.stream().map(Api.Reply::status).sorted().toList()).as(both.toString())
                .containsExactly(200, 409);
        assertThat(both.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().code())
                .isEqualTo("CASE_STATE");
        assertThat(approvals("SIM-B")).isEqualTo(approvalsBefore + 1);
        assertThat(theCase(restoration).path("state").asText()).isEqualTo("APPROVED");
        at("2027-02-01T09:00");
        JsonNode restored = hospital.post("/cases/" + restoration + "/agreement", Map.of("signedOn", "2027-02-01",
                "postGrade", 6, "termMonths", 24)).body();
        assertThat(restored.path("state").asText()).as(restored.toString()).isEqualTo("EFFECTIVE");
        assertThat(state("SIM-B")).isEqualTo("APPOINTED");
        assertThat(hr.get("/staff/SIM-B/post-grades").body().findValuesAsText("postGrade"))
                .containsExactly("6", "9", "6");
        List<String> history = hr.get("/staff/SIM-B/history").body().findValuesAsText("type");
        assertThat(history).containsSubsequence("RectificationStarted", "CaseOpened", "PostGradeChanged",
                "CaseConcluded", "CaseOpened", "PostGradeChanged", "CaseConcluded");
        assertThat(history).as("each fact once").filteredOn("CaseConcluded"::equals).hasSize(2);
        assertThat(history).doesNotContain("CaseStarted", "GroundAdded", "CaseConcludedOnRecord");
    }
}
