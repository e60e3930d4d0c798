package cn.nengshang.ledger.e2e;

import cn.nengshang.policy.progress.Quarter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentApiTest extends ApiTestBase {

    private static final YearMonth START = THIS_MONTH.minusMonths(6);
    private static final Quarter LAST_QUARTER = Quarter.of(THIS_MONTH.minusMonths(3));
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static JsonNode task(Api.Reply progress, String task) {
        return StreamSupport.stream(progress.body().path("tasks").spliterator(), false)
                .filter(t -> t.path("task").asText().equals(task)).findFirst().orElseThrow();
    }

    @Test
    void policyVersionsArePublishedByAnAdministratorAndRefusedWhenInconsistent() throws Exception {
        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        ObjectNode document = (ObjectNode) Api.JSON.readTree(Files.readString(
                Path.of(System.getProperty("nengshang.seeds-dir"), "golden/cele-2028-test.json")));
        document.put("policyId", "cele-2030-api").put("effectiveFrom", "2030-01-01");
        ObjectNode broken = document.deepCopy().put("policyId", "cele-2030-broken");
        ((ObjectNode) broken.path("thresholds")).put("minimumQuantitativeWeight", 1.5);
        ((ObjectNode) broken.path("tasks").get(0)).put("task", "X1");

        Api.Reply byHr = hr.post("/policies", document);
        Api.Reply refused = admin.with("Accept-Language", "en").post("/policies", broken);
        Api.Reply published = admin.post("/policies", document);
        Api.Reply again = admin.post("/policies", document);

        assertThat(byHr.status()).isEqualTo(403);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("POLICY_INVALID");
        assertThat(refused.body().path("detail").asText()).contains("unknown task X1").contains("task D1 is missing")
                .contains("minimumQuantitativeWeight");
        assertThat(published.status()).isEqualTo(201);
        assertThat(again.code()).isEqualTo("POLICY_EXISTS");
        assertThat(hr.get("/policies").body().findValuesAsText("policyId")).contains("cele-2026-v1", "cele-2030-api")
                .doesNotContain("cele-2030-broken");
        assertThat(hr.get("/policies/cele-2030-api").body().path("effectiveFrom").asText()).isEqualTo("2030-01-01");
    }

    @Test
    void theRegistersFeedTheTasksTheyBelongTo() {
        String termId = aSurgeonWithATermFrom("E2E-REG", START);
        String base = "/terms/" + termId;
        LocalDate since = START.atDay(10);

        assertThat(surgery.post(base + "/mentees", Map.of("menteeId", "M1", "name", "古丽", "track", "DEPARTMENT",
                "baselineScore", 50, "since", since.toString())).status()).isEqualTo(201);
        assertThat(surgery.post(base + "/mentees/M1/assessments", Map.of("date", TODAY.toString(), "score", 61))
                .status()).isEqualTo(201);
        assertThat(surgery.post(base + "/mentees", Map.of("menteeId", "G1", "name", "艾力", "track", "GRASSROOTS",
                "baselineScore", 40, "since", since.toString())).status()).isEqualTo(201);
        Api.Reply replaced = surgery.post(base + "/mentees/G1/replacement", Map.of("reason", "调往外地进修",
                "replacedBy", Map.of("menteeId", "G2", "name", "努尔", "baselineScore", 45)));
        Api.Reply project = surgery.post(base + "/projects", Map.of("kind", "CME", "level", "PREFECTURE",
                "role", "HOST", "title", "地区级继续教育项目", "date", since.toString()));
        Api.Reply achievement = surgery.post(base + "/achievements", Map.of("kind", "KEY_SPECIALTY_DESIGNATED",
                "level", "COUNTY", "date", since.toString(), "description", "普外科获评县级重点专科"));
        Api.Reply exempt = surgery.post(base + "/exemptions", Map.of("weekOf", START.atDay(15).toString(),
                "reason", "批准年休假"));
        Api.Reply noReason = surgery.post(base + "/mentees/G2/replacement", Map.of("replacedBy",
                Map.of("menteeId", "G3", "name", "阿依", "baselineScore", 45)));

        assertThat(replaced.status()).isEqualTo(201);
        assertThat(project.body().path("id").asText()).isEqualTo(termId + "-P5");
        assertThat(achievement.status()).isEqualTo(201);
        assertThat(exempt.status()).isEqualTo(201);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("errors").findValuesAsText("field")).containsExactly("reason");

        JsonNode term = surgery.get("/terms/" + termId).body();
        assertThat(term.path("mentees").findValuesAsText("menteeId")).containsExactly("M1", "G1", "G2");
        assertThat(term.path("exemptWeeks")).hasSize(1);
        Api.Reply progress = surgery.get(base + "/progress");
        assertThat(task(progress, "T1").path("actual").asInt()).isEqualTo(1);
        assertThat(task(progress, "T2").path("status").asText()).isEqualTo("MET");
        assertThat(task(progress, "T2").path("actual").decimalValue()).isEqualByComparingTo("22");
        assertThat(task(progress, "G6").path("actual").asInt()).isEqualTo(1);
        assertThat(task(progress, "B5").path("status").asText()).isEqualTo("MET");
        assertThat(task(progress, "D1").path("status").asText()).isEqualTo("MET");
    }

    @Test
    void theInstitutionJudgesAnEndedQuarterAndItsReportsAreThenLocked() {
        String termId = aSurgeonWithATermFrom("E2E-QUARTER", START);
        String quarterPath = "/terms/" + termId + "/quarters/" + LAST_QUARTER;
        YearMonth judgedMonth = LAST_QUARTER.firstMonth();
        surgery.put("/terms/" + termId + "/monthly-reports/" + judgedMonth, report(1));
        Api hospital = anonymous.as("hospital-office", HOSPITAL, null, "INSTITUTION");
        Api township = anonymous.as("township-office", "cele-gulahama-thc", null, "INSTITUTION");

        Api.Reply suggestion = hospital.get(quarterPath + "/suggestion");
        Api.Reply otherInstitution = township.put(quarterPath, Map.of("verdict", "FAIL"));
        Api.Reply unlike = hospital.put(quarterPath, Map.of("verdict", "PASS"));
        Api.Reply recorded = hospital.put(quarterPath, Map.of("verdict", "FAIL"));
        Api.Reply twice = hospital.put(quarterPath, Map.of("verdict", "FAIL"));
        Api.Reply current = hospital.put("/terms/" + termId + "/quarters/" + Quarter.of(THIS_MONTH),
                Map.of("verdict", "FAIL"));
        Map<String, Object> correction = new java.util.HashMap<>(report(2));
        correction.put("correctionReason", "补录");
        Api.Reply locked = surgery.put("/terms/" + termId + "/monthly-reports/" + judgedMonth, correction);
        Api.Reply byHr = hr.put("/terms/" + termId + "/monthly-reports/" + judgedMonth, correction);

        assertThat(suggestion.body().path("verdict").asText()).isEqualTo("FAIL");
        assertThat(suggestion.body().path("tasks").findValuesAsText("task")).contains("B1", "B7", "G2", "T1", "G6")
                .doesNotContain("Q1", "D1", "T2");
        assertThat(otherInstitution.status()).isEqualTo(403);
        assertThat(unlike.code()).isEqualTo("VERDICT_REASON_REQUIRED");
        assertThat(recorded.status()).isEqualTo(200);
        assertThat(twice.code()).isEqualTo("VERDICT_EXISTS");
        assertThat(current.code()).isEqualTo("QUARTER_NOT_ENDED");
        assertThat(locked.code()).isEqualTo("REPORT_LOCKED");
        assertThat(byHr.status()).isEqualTo(200);
        assertThat(hr.get("/terms/" + termId).body().path("verdicts").get(0).path("suggested").asText())
                .isEqualTo("FAIL");
    }

    @Test
    void theCommissionRatesAYearAndIncidentsAreRecordedWithTheirFields() {
        String termId = aSurgeonWithATermFrom("E2E-RATED", START);
        aSurgeonWithATermFrom("E2E-COLLEAGUE", START);
        Api commission = anonymous.as("commission", null, null, "COMMISSION");
        int year = TODAY.getYear() - 1; // a year is rated once it has ended

        Api.Reply rated = commission.put("/staff/E2E-RATED/annual-ratings/" + year, Map.of("rating", "COMPETENT"));
        Api.Reply again = commission.put("/staff/E2E-RATED/annual-ratings/" + year, Map.of("rating", "EXCELLENT"));
        Api.Reply byHr = hr.put("/staff/E2E-RATED/annual-ratings/" + (year - 1), Map.of("rating", "COMPETENT"));
        Api.Reply early = commission.put("/staff/E2E-RATED/annual-ratings/" + TODAY.getYear(),
                Map.of("rating", "COMPETENT"));
        Api.Reply incomplete = hr.post("/staff/E2E-RATED/incidents", Map.of("type", "MEDICAL_ACCIDENT",
                "occurredOn", START.atDay(20).toString(), "description", "术后出血"));
        Api.Reply accident = hr.post("/staff/E2E-RATED/incidents", Map.of("type", "MEDICAL_ACCIDENT",
                "occurredOn", START.atDay(20).toString(), "grade", 3, "responsibility", "SECONDARY",
                "description", "术后出血"));

        assertThat(rated.status()).isEqualTo(200);
        assertThat(again.code()).isEqualTo("RATING_EXISTS");
        assertThat(byHr.status()).isEqualTo(403);
        assertThat(early.code()).as("this year is not over").isEqualTo("VALIDATION_FAILED");
        assertThat(early.body().path("errors").findValuesAsText("field")).containsExactly("year");
        assertThat(incomplete.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("grade", "responsibility");
        assertThat(accident.body().path("incidentId").asText()).isEqualTo("E2E-RATED-I1");
        assertThat(hr.get("/staff/E2E-RATED/incidents").body().get(0).path("grade").asInt()).isEqualTo(3);
        String colleagueTerm = "E2E-COLLEAGUE.T1";
        assertThat(task(surgery.get("/terms/" + colleagueTerm + "/progress"), "Q1").path("status").asText())
                .as("Q1 counts the department's incidents").isEqualTo("FAILED");
        assertThat(hr.get("/staff/E2E-RATED/history").body().findValuesAsText("type"))
                .contains("AnnualRatingRecorded", "IncidentRecorded");
        assertThat(termId).isEqualTo("E2E-RATED.T1");
    }

    @Test
    void theHrCentreListsProgressByTermAndADepartmentSeesOnlyItsOwn() {
        aSurgeonWithATermFrom("E2E-LIST", START);

        Api.Reply all = hr.get("/progress?institution=" + HOSPITAL + "&status=BEHIND&size=200");
        Api.Reply own = surgery.get("/progress?size=200");
        Api.Reply page = hr.get("/progress?size=5&page=1");

        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().path("items").findValuesAsText("termId")).contains("E2E-LIST.T1", "CL-0001.T1");
        assertThat(all.body().path("items").get(0).path("behind")).isNotEmpty();
        assertThat(own.body().path("items").findValuesAsText("departmentId")).containsOnly(SURGERY);
        assertThat(page.body().path("items")).hasSize(5);
        assertThat(page.body().path("total").asInt()).isGreaterThan(30);
    }
}
