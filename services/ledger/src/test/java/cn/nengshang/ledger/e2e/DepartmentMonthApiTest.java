package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A department's month in one request: every row as its PUT would be, refused rows writing nothing. */
class DepartmentMonthApiTest extends ApiTestBase {

    private static final YearMonth MONTH = THIS_MONTH.minusMonths(1);

    @Autowired
    JdbcTemplate jdbc;

    private static Map<String, Object> row(String termId, int each) {
        Map<String, Object> row = new LinkedHashMap<>(report(each));
        row.put("termId", termId);
        return row;
    }

    /** A senior of internal medicine, another department of the same hospital. */
    private String aPhysicianWithATerm(String staffId) {
        Api.Reply registered = hr.post("/staff", Map.of("staffId", staffId, "name", "测试内科医生",
                "institutionId", HOSPITAL, "departmentId", MEDICINE, "rank", "ASSOCIATE_SENIOR",
                "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0101"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        Api.Reply term = hr.post("/staff/" + staffId + "/terms", Map.of("startMonth",
                MONTH.minusMonths(2).toString(), "postGrade", 6));
        assertThat(term.status()).as(term.toString()).isEqualTo(201);
        return term.body().path("termId").asText();
    }

    private String path() {
        return "/departments/" + SURGERY + "/monthly-reports/" + MONTH;
    }

    /** The reports written for this test's seniors (the demo consortium's processes write on their own meanwhile). */
    private long events() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier like"
                + " 'E2E-DM-%' and payload_type in ('MonthlyReportSubmitted', 'MonthlyReportCorrected')", Long.class);
        return count == null ? 0 : count;
    }

    @Test
    void everyGoodRowIsSubmittedAsItsPutWouldBeAndARefusedRowSaysWhyAndWritesNothing() {
        String first = aSurgeonWithATermFrom("E2E-DM-A", MONTH.minusMonths(2));
        String second = aSurgeonWithATermFrom("E2E-DM-B", MONTH.minusMonths(2));
        String third = aSurgeonWithATermFrom("E2E-DM-C", MONTH.minusMonths(2));
        String fourth = aSurgeonWithATermFrom("E2E-DM-D", MONTH.minusMonths(2));
        String physician = aPhysicianWithATerm("E2E-DM-P");
        Map<String, Object> negative = row(third, 1);
        negative.put("teachingRounds", -1);
        Map<String, Object> unknown = row(fourth, 1);
        unknown.put("salary", 1);

        JsonNode answer = surgery.post(path(), Map.of("reports", List.of(row(first, 2), row(second, 3), negative,
                unknown, row(first, 2), row(physician, 1), row("NOBODY-1.T1", 1)))).body();

        assertThat(answer.path("rows").asInt()).isEqualTo(7);
        assertThat(answer.path("created").asInt()).as(answer.toString()).isEqualTo(2);
        List<String> codes = answer.path("refused").findValuesAsText("code");
        assertThat(codes).containsExactly("VALIDATION_FAILED", "VALIDATION_FAILED", "DUPLICATE_ROW",
                "TERM_OUTSIDE_DEPARTMENT", "TERM_NOT_FOUND");
        JsonNode refusedNegative = answer.path("refused").get(0);
        assertThat(refusedNegative.path("row").asInt()).isEqualTo(3);
        assertThat(refusedNegative.path("staffId").asText()).isEqualTo("E2E-DM-C");
        assertThat(refusedNegative.path("errors").findValuesAsText("field")).containsExactly("teachingRounds");
        assertThat(answer.path("refused").get(1).path("errors").findValuesAsText("field")).containsExactly("salary");
        assertThat(hr.get("/terms/" + third + "/monthly-reports/" + MONTH).status()).isEqualTo(404);
        assertThat(hr.get("/terms/" + second + "/monthly-reports/" + MONTH).body().path("teachingRounds").asInt())
                .isEqualTo(3);
        assertThat(hr.get("/progress?department=" + SURGERY + "&size=200").body().path("items")
                .findParents("termId").stream().filter(t -> t.path("termId").asText().equals(second))
                .findFirst().orElseThrow().path("asOf").isMissingNode()).as("the projection shows it at once")
                .isFalse();

        long before = events();
        JsonNode again = surgery.post(path(), Map.of("reports", List.of(row(first, 2), row(second, 3)))).body();
        assertThat(again.path("unchanged").asInt()).as("the same rows again write nothing").isEqualTo(2);
        assertThat(events()).isEqualTo(before);

        Map<String, Object> correction = row(second, 4);
        JsonNode withoutReason = surgery.post(path(), Map.of("reports", List.of(correction))).body();
        assertThat(withoutReason.path("refused").findValuesAsText("code"))
                .containsExactly("CORRECTION_REASON_REQUIRED");
        correction.put("correctionReason", "漏报一次教学查房");
        assertThat(surgery.post(path(), Map.of("reports", List.of(correction))).body().path("corrected").asInt())
                .isEqualTo(1);
    }

    @Test
    void onlyTheDepartmentItselfOrTheHrCentreMaySubmitItsMonthAndTheBodyIsStrict() {
        assertThat(medicine.post(path(), Map.of("reports", List.of())).code()).isEqualTo("FORBIDDEN");
        assertThat(anonymous.as("someone", null, null, "STAFF").post(path(), Map.of("reports", List.of())).status())
                .isEqualTo(403);
        assertThat(hr.post(path(), Map.of("reports", List.of())).body().path("rows").asInt()).isZero();
        assertThat(hr.post("/departments/no-such-department/monthly-reports/" + MONTH,
                Map.of("reports", List.of())).status()).isEqualTo(404);
        assertThat(surgery.post(path(), Map.of("rows", List.of())).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(surgery.post(path(), Map.of("reports", "all")).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(surgery.post("/departments/" + SURGERY + "/monthly-reports/2026-13", Map.of("reports",
                List.of())).code()).isEqualTo("VALIDATION_FAILED");
        assertThat(surgery.post("/departments/" + SURGERY + "/monthly-reports/" + THIS_MONTH, Map.of("reports",
                List.of(row("E2E-DM-X.T1", 1)))).status()).isEqualTo(200);
    }
}
