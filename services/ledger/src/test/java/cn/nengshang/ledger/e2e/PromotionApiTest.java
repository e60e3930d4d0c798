package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 能上 over HTTP: the facts of the title rules recorded by the HR centre with their checks, and the answer for a review
 * year through the API — rows of the golden table (seeds/golden/promotion.md) at review year 2026, whose ratings
 * (2023-2025) can be recorded now — as of a day, per person and for a scope, and the demo consortium's seniors.
 */
class PromotionApiTest extends ApiTestBase {

    private static final int REVIEW = 2026;
    private static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

    private Api commission() {
        return anonymous.as("commission-director", null, null, "COMMISSION");
    }

    /** A 副高 surgeon with the facts of a golden row that every condition meets at review year 2026. */
    private void qualified(String staffId, String obtained) {
        assertThat(hr.post("/staff", Map.of("staffId", staffId, "name", "晋升测试 " + staffId, "institutionId", HOSPITAL,
                "departmentId", SURGERY, "rank", "ASSOCIATE_SENIOR", "titleName", "副主任医师", "profession", "CLINICAL",
                "specialtyCode", "0115")).status()).isEqualTo(201);
        assertThat(hr.put("/staff/" + staffId + "/qualifications", Map.of("education", "BACHELOR",
                "titleObtainedOn", obtained)).status()).isEqualTo(200);
        for (int year = 2023; year <= 2025; year++) {
            assertThat(commission().put("/staff/" + staffId + "/annual-ratings/" + year, Map.of("rating", "COMPETENT"))
                    .status()).isEqualTo(200);
        }
        assertThat(hr.post("/staff/" + staffId + "/exams", Map.of("passedOn", "2025-06-01")).status()).isEqualTo(201);
        assertThat(hr.put("/staff/" + staffId + "/cme/2025", Map.of("met", true)).status()).isEqualTo(200);
    }

    private JsonNode answer(String staffId) {
        Api.Reply reply = hr.get("/staff/" + staffId + "/promotion-eligibility?reviewYear=" + REVIEW);
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.body();
    }

    private static List<String> unmet(JsonNode answer) {
        List<String> unmet = new ArrayList<>();
        answer.path("unmet").forEach(c -> unmet.add(c.asText()));
        return unmet;
    }

    private void incident(String staffId, Map<String, Object> fields) {
        Api.Reply recorded = hr.post("/staff/" + staffId + "/incidents", fields);
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
    }

    @Test
    void aBachelorAtExactlyFiveYearsMayApplyAndOneMonthShortMayNot() {
        qualified("PR-01", "2022-01-01");
        JsonNode exactly = answer("PR-01");
        assertThat(exactly.path("eligible").asBoolean()).as(exactly.toString()).isTrue();
        assertThat(exactly.path("targetRank").asText()).isEqualTo("FULL_SENIOR");
        assertThat(exactly.path("rulesId").asText()).isEqualTo("cele-promotion-2026-v1");
        JsonNode years = exactly.path("conditions").get(1);
        assertThat(years.path("condition").asText()).isEqualTo("YEARS_IN_TITLE");
        assertThat(years.path("detail").asText()).contains("计 60 个月");
        assertThat(years.path("records").toString()).contains("2022: 12 months", "2023 COMPETENT: 12 months", "2026: 12 months");
        qualified("PR-02", "2022-02-01");
        assertThat(unmet(answer("PR-02"))).containsExactly("YEARS_IN_TITLE");
    }

    @Test
    void eachVetoBarsToTheLastDayOfItsWindowAndNotTheDayAfter() {
        qualified("PR-03", "2020-01-01");
        incident("PR-03", Map.of("type", "FALSE_APPLICATION", "occurredOn", "2023-01-02", "description", "申报材料不实"));
        JsonNode barred = answer("PR-03");
        assertThat(unmet(barred)).containsExactly("VETOES");
        assertThat(barred.path("conditions").get(5).path("records").get(0).asText())
                .isEqualTo("FALSE_APPLICATION (incident PR-03-I1): effective 2023-01-02, 3 years to 2026-01-02, in force");
        qualified("PR-04", "2020-01-01");
        incident("PR-04", Map.of("type", "FALSE_APPLICATION", "occurredOn", "2023-01-01", "description", "申报材料不实"));
        assertThat(unmet(answer("PR-04"))).isEmpty();

        qualified("PR-05", "2020-01-01");
        incident("PR-05", Map.of("type", "REVIEW_RULE_BREACH", "grade", "SERIOUS", "occurredOn", "2022-06-01",
                "effectiveOn", "2023-01-02", "description", "评审中请托"));
        assertThat(unmet(answer("PR-05"))).as("the window runs from the finding's effect").containsExactly("VETOES");
        qualified("PR-06", "2020-01-01");
        incident("PR-06", Map.of("type", "SANCTION", "occurredOn", "2025-03-01", "impactUntil", "2026-01-01",
                "description", "党内警告处分期"));
        assertThat(unmet(answer("PR-06"))).containsExactly("VETOES");
        qualified("PR-07", "2020-01-01");
        incident("PR-07", Map.of("type", "MEDICAL_DAMAGE", "grade", 2, "responsibility", "FULL", "occurredOn", "2022-11-01",
                "effectiveOn", "2023-01-02", "description", "医疗损害鉴定"));
        assertThat(unmet(answer("PR-07"))).containsExactly("VETOES");
    }

    @Test
    void theFactsAreCheckedWriteNothingWhenRefusedAndOnceWhenRepeated() {
        qualified("PR-08", "2021-03-01");
        assertThat(hr.put("/staff/PR-08/qualifications", Map.of("education", "PHD", "titleObtainedOn", "2021-03-01"))
                .status()).isEqualTo(400);
        Api.Reply future = hr.put("/staff/PR-08/qualifications", Map.of("education", "BACHELOR",
                "titleObtainedOn", "2199-01-01"));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.text()).contains("titleObtainedOn");
        Api.Reply noAchievement = hr.put("/staff/PR-08/qualifications", Map.of("education", "BACHELOR",
                "titleObtainedOn", "2021-03-01", "exceptional", Map.of("recordedOn", "2025-01-01")));
        assertThat(noAchievement.status()).isEqualTo(400);
        assertThat(noAchievement.text()).contains("exceptional.achievement");
        assertThat(hr.put("/staff/PR-08/qualifications", Map.of("education", "BACHELOR", "titleObtainedOn", "2021-03-01"))
                .status()).as("the same again").isEqualTo(200);
        assertThat(hr.post("/staff/PR-08/exams", Map.of("passedOn", "2025-06-01")).status()).isEqualTo(201);
        assertThat(hr.put("/staff/PR-08/cme/2199", Map.of("met", true)).status()).isEqualTo(400);
        Api.Reply breach = hr.post("/staff/PR-08/incidents", Map.of("type", "REVIEW_RULE_BREACH", "grade", "BAD",
                "occurredOn", "2025-01-01", "description", "x"));
        assertThat(breach.status()).isEqualTo(400);
        assertThat(breach.text()).contains("grade");
        List<String> history = hr.get("/staff/PR-08/history").body().findValuesAsText("type");
        assertThat(history).filteredOn("QualificationsRecorded"::equals).hasSize(1);
        assertThat(history).filteredOn("ExamPassRecorded"::equals).hasSize(1);
        assertThat(history).doesNotContain("IncidentRecorded");
        assertThat(surgery.put("/staff/PR-08/qualifications", Map.of("education", "MASTER", "titleObtainedOn",
                "2021-03-01")).status()).as("a department records no qualifications").isEqualTo(403);
        assertThat(medicine.get("/staff/PR-08/promotion-eligibility?reviewYear=2026").status())
                .as("another department's senior").isEqualTo(403);
        assertThat(hr.get("/staff/PR-08/promotion-eligibility").status()).isEqualTo(400);
        assertThat(hr.get("/staff/PR-08/promotion-eligibility?reviewYear=2025").text()).contains("reviewYear");
    }

    @Test
    void theAnswerIsTheRecordAsItStoodAndAScopesCandidatesAreListedWithTheirReasons() {
        qualified("PR-09", "2019-05-01");
        JsonNode before = hr.get("/staff/PR-09/promotion-eligibility?reviewYear=2026&asOf=" + YESTERDAY).body();
        assertThat(unmet(before)).as("nothing was recorded yesterday").contains("YEARS_IN_TITLE", "ANNUAL_RATINGS",
                "PRACTICE_EXAM", "CONTINUING_EDUCATION");
        assertThat(answer("PR-09").path("eligible").asBoolean()).isTrue();
        Api.Reply opened = hr.post("/staff/PR-09/cases", Map.of("kind", "DOWNGRADE", "grounds", List.of("LEADERSHIP"),
                "notes", "领导小组认定"));
        assertThat(opened.status()).isEqualTo(201);
        assertThat(unmet(answer("PR-09"))).containsExactly("SCHEME");

        Api.Reply candidates = hr.get("/promotion-candidates?reviewYear=2026&institution=" + HOSPITAL + "&eligible=false");
        assertThat(candidates.status()).isEqualTo(200);
        assertThat(candidates.body().findValuesAsText("staffId")).contains("PR-09").doesNotContain("PR-01");
        Api.Download sheet = hr.download("/promotion-candidates.xlsx?reviewYear=2026&institution=" + HOSPITAL);
        assertThat(sheet.status()).isEqualTo(200);
        assertThat(surgery.get("/promotion-candidates?reviewYear=2026").body().findValuesAsText("departmentId"))
                .as("a department sees its own").containsOnly(SURGERY);
    }

    @Test
    void theDemoConsortiumsSeniorsAllHaveQualificationsAndReasonsFor2027() {
        Api.Reply candidates = hr.get("/promotion-candidates?reviewYear=2027");
        assertThat(candidates.status()).isEqualTo(200);
        List<JsonNode> demo = new ArrayList<>();
        candidates.body().forEach(c -> {
            if (c.path("staffId").asText().startsWith("CL-")) demo.add(c);
        });
        assertThat(demo).hasSize(30);
        assertThat(demo).allSatisfy(c -> assertThat(c.path("conditions").get(1).path("detail").asText())
                .as(c.path("staffId").asText()).doesNotContain("未记录"));
        assertThat(demo).anySatisfy(c -> assertThat(c.path("targetRank").asText()).isEqualTo("FULL_SENIOR"));
        assertThat(demo).allSatisfy(c -> assertThat(c.path("conditions")).hasSize(7));
    }
}
