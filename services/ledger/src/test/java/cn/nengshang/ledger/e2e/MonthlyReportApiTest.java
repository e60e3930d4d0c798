package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyReportApiTest extends ApiTestBase {

    private static final YearMonth START = THIS_MONTH.minusMonths(4);
    private static final YearMonth FIRST = START;
    private static final YearMonth SECOND = START.plusMonths(1);

    private static JsonNode task(Api.Reply progress, String task) {
        return StreamSupport.stream(progress.body().path("tasks").spliterator(), false)
                .filter(t -> t.path("task").asText().equals(task)).findFirst().orElseThrow();
    }

    /** History lines written by requests; overdue notices arrive on their own schedule and are left out. */
    private int historyLength(String staffId) {
        return (int) hr.get("/staff/" + staffId + "/history").body().findValuesAsText("type").stream()
                // what the term's process records by itself as past months fall due is left out
                .filter(type -> !type.equals("MonthlyReportOverdue") && !type.equals("TermMonthClosed")).count();
    }

    @Test
    void aDepartmentSubmitsResubmitsAndCorrectsAMonth() {
        String termId = aSurgeonWithATermFrom("E2E-SUBMIT", START);
        String path = "/terms/" + termId + "/monthly-reports/" + FIRST;

        Api.Reply created = surgery.put(path, report(2, FIRST.atDay(5).toString(), FIRST.atDay(12).toString()));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        int history = historyLength("E2E-SUBMIT");

        Api.Reply same = surgery.put(path, report(2, FIRST.atDay(12).toString(), FIRST.atDay(5).toString()));
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.body().path("outcome").asText()).isEqualTo("UNCHANGED");
        assertThat(historyLength("E2E-SUBMIT")).isEqualTo(history);

        Api.Reply noReason = surgery.put(path, report(3));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.code()).isEqualTo("CORRECTION_REASON_REQUIRED");

        Map<String, Object> corrected = new HashMap<>(report(3));
        corrected.put("correctionReason", "漏记一次业务学习");
        Api.Reply correction = surgery.with("If-Match", "\"1\"").put(path, corrected);
        assertThat(correction.status()).isEqualTo(200);
        assertThat(correction.body().path("version").asInt()).isEqualTo(2);

        Api.Reply read = surgery.get(path);
        assertThat(read.header("ETag")).isEqualTo("\"2\"");
        assertThat(read.body().path("businessLearning").asInt()).isEqualTo(3);
        assertThat(read.body().path("correctionReason").asText()).isEqualTo("漏记一次业务学习");
        assertThat(read.body().path("recordedBy").asText()).isEqualTo("surgery-head");

        Api.Reply stale = surgery.with("If-Match", "\"1\"").put(path, corrected);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(historyLength("E2E-SUBMIT")).isEqualTo(history + 1);
    }

    @Test
    void badInputIsRefusedWithItsFieldsAndWritesNothing() {
        String termId = aSurgeonWithATermFrom("E2E-BAD", START);
        int history = historyLength("E2E-BAD");
        Map<String, Object> bad = new HashMap<>(report(1, SECOND.atDay(3).toString(), SECOND.atDay(3).toString()));
        bad.put("teachingRounds", -2);

        Api.Reply refused = surgery.with("Accept-Language", "en")
                .put("/terms/" + termId + "/monthly-reports/" + FIRST, bad);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(refused.body().path("title").asText()).isEqualTo("Invalid request");
        assertThat(refused.body().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("teachingRounds", "grassrootsDays[0]", "grassrootsDays[1]");
        assertThat(refused.body().toString()).doesNotContain("Exception").doesNotContain("cn.nengshang");
        assertThat(surgery.get("/terms/" + termId + "/monthly-reports/" + FIRST).status()).isEqualTo(404);
        assertThat(historyLength("E2E-BAD")).isEqualTo(history);
    }

    @Test
    void wrongTypesMonthsAndTimesAreRefusedInChineseByDefault() {
        String termId = aSurgeonWithATermFrom("E2E-WHEN", START);
        Map<String, Object> wrongType = new HashMap<>(report(1));
        wrongType.put("countyConsultations", "four");

        Api.Reply typed = surgery.put("/terms/" + termId + "/monthly-reports/" + FIRST, wrongType);
        Api.Reply current = surgery.put("/terms/" + termId + "/monthly-reports/" + THIS_MONTH, report(1));
        Api.Reply before = surgery.put("/terms/" + termId + "/monthly-reports/" + START.minusMonths(1), report(1));
        Api.Reply nonsense = surgery.put("/terms/" + termId + "/monthly-reports/2026-13", report(1));

        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.body().path("errors").findValuesAsText("field")).containsExactly("countyConsultations");
        assertThat(current.code()).isEqualTo("MONTH_NOT_ENDED");
        assertThat(current.body().path("title").asText()).isEqualTo("月份尚未结束");
        assertThat(before.code()).isEqualTo("MONTH_OUTSIDE_TERM");
        assertThat(nonsense.status()).isEqualTo(400);
    }

    @Test
    void anotherDepartmentIsRefusedAndWritesNothing() {
        String termId = aSurgeonWithATermFrom("E2E-OTHER", START);
        int history = historyLength("E2E-OTHER");

        Api.Reply refused = medicine.put("/terms/" + termId + "/monthly-reports/" + FIRST, report(1));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(medicine.get("/terms/" + termId + "/progress").status()).isEqualTo(403);
        assertThat(historyLength("E2E-OTHER")).isEqualTo(history);
        assertThat(anonymous.get("/terms/" + termId + "/progress").status()).isEqualTo(401);
    }

    @Test
    void progressCountsTheReportsAndExplainsThem() {
        String termId = aSurgeonWithATermFrom("E2E-PROGRESS", START);
        surgery.put("/terms/" + termId + "/monthly-reports/" + FIRST, report(2, FIRST.atDay(10).toString()));
        surgery.put("/terms/" + termId + "/monthly-reports/" + SECOND, report(1));

        Api.Reply progress = surgery.with("Accept-Language", "en").get("/terms/" + termId + "/progress");

        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body().path("termMonth").asInt()).isEqualTo(4);
        assertThat(progress.body().path("policyId").asText()).isEqualTo("cele-2026-v1");
        JsonNode b1 = task(progress, "B1");
        assertThat(b1.path("target").asInt()).isEqualTo(8);
        assertThat(b1.path("expected").asInt()).isEqualTo(1);
        assertThat(b1.path("actual").asInt()).isEqualTo(3);
        assertThat(b1.path("status").asText()).isEqualTo("ON_TRACK");
        assertThat(b1.path("explanation").asText()).contains(FIRST + ": 2").contains(SECOND + ": 1");
        assertThat(task(progress, "G4").path("status").asText()).isIn("ON_TRACK", "BEHIND");
        assertThat(progress.body().path("tasks").findValuesAsText("task"))
                .containsExactly("D1", "D2", "D3", "T1", "T2", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9",
                        "B10", "G1", "G2", "G3", "G4", "G5", "G6", "G7", "Q1", "Q2");
        assertThat(task(progress, "D2").path("status").asText()).isEqualTo("NOT_APPLICABLE");
        assertThat(task(progress, "Q1").path("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void progressAsOfAPastDayIsNotChangedByALaterCorrection() {
        String termId = aSurgeonWithATermFrom("E2E-ASOF", START);
        String path = "/terms/" + termId + "/monthly-reports/" + FIRST;
        surgery.put(path, report(2));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        int before = task(surgery.get("/terms/" + termId + "/progress?asOf=" + today), "B2").path("actual").asInt();
        Map<String, Object> corrected = new HashMap<>(report(5));
        corrected.put("correctionReason", "补录");
        surgery.put(path, corrected);

        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        assertThat(before).isEqualTo(2);
        assertThat(task(surgery.get("/terms/" + termId + "/progress?asOf=" + yesterday), "B2").path("actual").asInt())
                .isZero();
        assertThat(task(surgery.get("/terms/" + termId + "/progress"), "B2").path("actual").asInt()).isEqualTo(5);
    }

    @Test
    void aRepeatedIdempotencyKeyGetsTheFirstAnswer() {
        String termId = aSurgeonWithATermFrom("E2E-IDEM", START);
        String path = "/terms/" + termId + "/monthly-reports/" + FIRST;
        Api keyed = surgery.with("Idempotency-Key", "submit-" + termId);

        Api.Reply first = keyed.put(path, report(2));
        Api.Reply again = keyed.put(path, report(2));
        Api.Reply other = keyed.put(path, report(4));

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(other.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void ofIdenticalKeyedRequestsArrivingTogetherExactlyOneRuns() throws Exception {
        String termId = aSurgeonWithATermFrom("E2E-IDEM-RACE", START);
        Api keyed = surgery.with("Idempotency-Key", "project-" + termId);
        Map<String, Object> project = Map.of("kind", "RESEARCH", "level", "COUNTY", "role", "HOST",
                "title", "县级课题", "date", START.atDay(15).toString());
        java.util.concurrent.ExecutorService callers = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                replies.add(callers.submit(() -> keyed.post("/terms/" + termId + "/projects", project)));
            }
            for (var reply : replies) {
                Api.Reply answer = reply.get();
                assertThat(answer.status() == 201 || "IDEMPOTENCY_KEY_IN_USE".equals(answer.code()))
                        .as(answer.toString()).isTrue();
            }
        } finally {
            callers.shutdown();
        }

        assertThat(hr.get("/staff/E2E-IDEM-RACE/history").body().findValuesAsText("type"))
                .filteredOn("ProjectRecorded"::equals).hasSize(1);
        assertThat(keyed.post("/terms/" + termId + "/projects", project).header("Idempotent-Replayed"))
                .isEqualTo("true");
    }

    @Test
    void everyWriteRecordsWhoDidItAndTheCorrelationId() {
        aSurgeonWithATermFrom("E2E-WHO", START);
        Api.Reply history = hr.with("Accept-Language", "en").get("/staff/E2E-WHO/history");

        assertThat(history.body().findValuesAsText("type")).startsWith("StaffRegistered", "TermStarted",
                "AppointmentStateChanged");
        assertThat(history.body().findValuesAsText("actor").subList(0, 3)).containsOnly("hr-officer");
        assertThat(history.body().get(1).path("summary").asText()).contains("post grade 6");
        assertThat(history.body().findValuesAsText("correlationId")).doesNotContainNull();
        assertThat(history.body().get(1).path("correlationId")).isEqualTo(history.body().get(2).path("correlationId"));
    }
}
