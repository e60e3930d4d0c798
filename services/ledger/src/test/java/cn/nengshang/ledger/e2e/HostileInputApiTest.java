package cn.nengshang.ledger.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an attacker tried, refused at the edge before it could become an event: text a read model cannot
 * store or that hides what it says, dates and numbers outside the domain, loose types, unknown fields,
 * malformed calendars, hostile paths and headers, and bodies too large. Every refusal is problem+json.
 */
class HostileInputApiTest extends ApiTestBase {

    private static final YearMonth START = THIS_MONTH.minusMonths(3);

    @Autowired
    JdbcTemplate jdbc;

    /** Every hostile request carries this correlation id, so that what it wrote (nothing) can be counted. */
    private final String tag = "hostile-" + java.util.UUID.randomUUID();

    private Api hostile(Api caller) {
        return caller.with("X-Correlation-Id", tag);
    }

    private void nothingWritten() {
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where position(? in "
                + "convert_from(meta_data, 'UTF8')) > 0", Long.class, tag)).isZero();
    }

    private static void refusedAsProblem(Api.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.text()).doesNotContainPattern("(java|jakarta|org\\.springframework|com\\.fasterxml|org\\.hibernate)\\.")
                .doesNotContain("<html").doesNotContain("Exception");
    }

    private static Map<String, Object> staff(String staffId, String name) {
        Map<String, Object> body = new HashMap<>(Map.of("staffId", staffId, "institutionId", HOSPITAL,
                "departmentId", SURGERY, "rank", "ASSOCIATE_SENIOR", "titleName", "副主任医师",
                "profession", "CLINICAL", "specialtyCode", "0115"));
        body.put("name", name);
        return body;
    }

    @Test
    void anObjectionHoldingANullCharacterIsRefusedAndWritesNothing() {
        aSurgeonWithATermFrom("E2E-OBJECT", START);
        String caseId = aCaseOnNotice("E2E-OBJECT");
        Api self = anonymous.as("E2E-OBJECT", null, null, "STAFF");

        Api.Reply poisoned = hostile(self).post("/cases/" + caseId + "/objections", Map.of("text", "异议\u0000"));

        refusedAsProblem(poisoned, 400);
        assertThat(poisoned.body().path("errors").findValuesAsText("field")).containsExactly("text");
        nothingWritten();
        assertThat(self.post("/cases/" + caseId + "/objections", Map.of("text", "任务完成情况与实际不符")).status())
                .isEqualTo(201);
    }

    @Test
    void namesMustBeOneVisibleLineWithoutControlOrDirectionCharacters() {
        for (String name : List.of("王\u0000建国", "王\n建国", "\u200B\u200B", "\u202Eadmin", "\u3164", "x".repeat(101))) {
            Api.Reply refused = hostile(hr).post("/staff", staff("E2E-NAME", name));
            refusedAsProblem(refused, 400);
            assertThat(refused.body().path("errors").findValuesAsText("field")).as(name).containsExactly("name");
        }
        nothingWritten();
        assertThat(hr.post("/staff", staff("E2E-UYGHUR", "ئابدۇرەھىم\u200F مەمەت")).status())
                .as("a right-to-left name with its mark").isEqualTo(201);
    }

    @Test
    void aMenteesNameAndAnIncidentsDateAreHeldToTheSameRules() {
        String termId = aSurgeonWithATermFrom("E2E-MENTEE", START);
        refusedAsProblem(hostile(surgery).post("/terms/" + termId + "/mentees", Map.of("menteeId", "M1", "name", "徒弟\u0000",
                "track", "DEPARTMENT", "baselineScore", 60, "since", START.atDay(5).toString())), 400);
        refusedAsProblem(hostile(hr).post("/staff/E2E-MENTEE/incidents", Map.of("type", "MEDICAL_DISPUTE",
                "occurredOn", "-999999999-01-01", "responsibility", "SECONDARY", "description", "纠纷")), 400);
        refusedAsProblem(hostile(hr).post("/staff/E2E-MENTEE/incidents", Map.of("type", "MEDICAL_DISPUTE",
                "occurredOn", "1900-01-01", "responsibility", "SECONDARY", "description", "纠纷")), 400);
        refusedAsProblem(hostile(hr).post("/staff/E2E-MENTEE/incidents", Map.of("type", "MEDICAL_DISPUTE", "grade", -5,
                "occurredOn", START.atDay(3).toString(), "responsibility", "SECONDARY", "description", "纠纷")), 400);
        nothingWritten();
    }

    @Test
    void onlyTheContractsTypesAreTakenAndUnknownFieldsAreNamed() {
        String termId = aSurgeonWithATermFrom("E2E-LOOSE", START);
        String path = "/terms/" + termId + "/monthly-reports/" + START;
        Map<String, Object> fraction = new HashMap<>(report(1));
        fraction.put("businessLearning", 1.5);
        Map<String, Object> text = new HashMap<>(report(1));
        text.put("caseDiscussions", "2");
        Map<String, Object> dayNumber = new HashMap<>(report(1));
        dayNumber.put("grassrootsDays", List.of(20000));
        Map<String, Object> dateTime = new HashMap<>(report(1));
        dateTime.put("grassrootsDays", List.of(START.atDay(6) + "T08:00:00"));
        Map<String, Object> unknown = new HashMap<>(report(1));
        unknown.put("bonusPoints", 3);
        for (Map<String, Object> body : List.of(fraction, text, dayNumber, dateTime)) {
            refusedAsProblem(hostile(surgery).put(path, body), 400);
        }
        Api.Reply named = hostile(surgery).put(path, unknown);
        refusedAsProblem(named, 400);
        assertThat(named.body().path("errors").findValuesAsText("field")).containsExactly("bonusPoints");
        refusedAsProblem(hostile(surgery).post("/terms/" + termId + "/mentees", Map.of("menteeId", "M1", "name", "徒弟",
                "track", 0, "baselineScore", 60, "since", START.atDay(5).toString())), 400);
        refusedAsProblem(hostile(surgery).post("/terms/" + termId + "/mentees", Map.of("menteeId", "M1", "name", "徒弟",
                "track", "DEPARTMENT", "baselineScore", 1e308, "since", START.atDay(5).toString())), 400);
        refusedAsProblem(hostile(surgery).raw("PUT", path, "{\"businessLearning\":1,\"businessLearning\":2}"), 400);
        nothingWritten();
    }

    @Test
    void aMalformedCalendarIsRefusedAndTheCalendarStays() {
        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        int days = admin.get("/calendars/national-2026").body().path("days").size();
        for (String body : List.of("{}", "{\"days\": null}", "{\"days\": []}", "{\"days\": [null]}",
                "{\"days\": [{\"date\": \"2026-05-01\", \"kind\": \"HOLIDAY\", \"name\": \"劳动节\\u0000\"}]}")) {
            Api.Reply refused = hostile(admin).raw("PUT", "/calendars/national-2026", body);
            assertThat(refused.status()).as(body).isIn(400, 422);
            refusedAsProblem(refused, refused.status());
        }
        nothingWritten();
        assertThat(admin.get("/calendars/national-2026").body().path("days").size()).isEqualTo(days);
        assertThat(admin.get("/calendars/working-days?from=2026-04-30&count=2").body().path("lastDay").asText())
                .as("the May holidays still count").isEqualTo("2026-05-06");
    }

    @Test
    void requestsThatUsedToFailInsideAreRefusedOutside() {
        refusedAsProblem(Api.server(port).with("Accept", "application/xml").get("/v3/api-docs"), 406);
        refusedAsProblem(hr.get("/staff?page=2147483647"), 400);
        refusedAsProblem(hr.get("/progress?page=10737419&size=200"), 400);
        refusedAsProblem(hr.get("/staff?size=100000"), 400);
        String termId = aSurgeonWithATermFrom("E2E-RANGE", START);
        refusedAsProblem(hr.get("/terms/" + termId + "/progress?asOf=+999999999-12-31"), 400);
        refusedAsProblem(hr.get("/terms/" + termId + "/progress?asOf=2026-13-01"), 400);
        refusedAsProblem(hr.get("/calendars/working-days?from=+999999999-12-31&count=5"), 400);
        refusedAsProblem(hr.get("/terms/" + termId + "/monthly-reports/+999999999-12"), 400);
        refusedAsProblem(hr.with("Idempotency-Key", "key with spaces").post("/staff", staff("E2E-KEY", "键")), 400);
    }

    @Test
    void aBadPolicyIsDescribedInTheDocumentsOwnTerms() {
        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        Api.Reply refused = admin.raw("POST", "/policies", "{\"policyId\": \"bad-date\", \"effectiveFrom\": \"2026-02-30\"}");
        refusedAsProblem(refused, 422);
        assertThat(refused.body().path("detail").asText()).contains("effectiveFrom").doesNotContain("LocalDate");
    }

    @Test
    void hostilePathsAreAnsweredWithProblemsNeverAnHtmlPageOrTheErrorPath() {
        for (String path : List.of("/staff/a%2Fb", "/staff/a%00b", "/staff/a%FFb")) {
            refusedAsProblem(hr.get(path), 400);
        }
        for (String path : List.of("/staff/a;b", "/staff/a%25b", "/staff/../staff", "//staff")) {
            Api.Reply refused = hr.get(path);
            refusedAsProblem(refused, 400);
            assertThat(refused.body().path("code").asText()).isEqualTo("INVALID_PATH");
            assertThat(refused.body().path("instance").asText()).doesNotContain("/error");
        }
        refusedAsProblem(hr.get("/no-such-thing"), 404);
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedUnread() {
        Map<String, Object> huge = staff("E2E-HUGE", "大");
        huge.put("titleName", "字".repeat(700_000));
        Api.Reply refused = hostile(hr).post("/staff", huge);
        refusedAsProblem(refused, 413);
        assertThat(refused.code()).isEqualTo("PAYLOAD_TOO_LARGE");
        nothingWritten();
    }

    @Test
    void theRoleTableIsWhatTheCodeDoes() {
        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        Api commission = anonymous.as("commissioner", null, null, "COMMISSION");
        refusedAsProblem(admin.post("/staff", staff("E2E-ADMIN", "管理员登记")), 403);
        String termId = aSurgeonWithATermFrom("E2E-ROLES", START);
        refusedAsProblem(admin.post("/staff/E2E-ROLES/terms", Map.of("startMonth", START.plusMonths(30).toString(),
                "postGrade", 6)), 403);
        refusedAsProblem(hr.post("/terms/" + termId + "/projects", Map.of("kind", "RESEARCH", "level", "COUNTY",
                "role", "HOST", "title", "县级课题", "date", START.atDay(15).toString())), 403);
        Api.Reply incident = commission.post("/staff/E2E-ROLES/incidents", Map.of("type", "MEDICAL_DISPUTE",
                "occurredOn", LocalDate.now().minusDays(3).toString(), "responsibility", "SECONDARY",
                "description", "轻微纠纷"));
        assertThat(incident.status()).as(incident.toString()).isEqualTo(201);
    }

    @Test
    void listFiltersAreTextByTheOneRule() {
        for (String path : List.of("/staff?state=%00", "/staff?institution=%00", "/cases?institution=a%00b",
                "/progress?department=%E2%80%AE", "/rectifications?state=" + "x".repeat(1001))) {
            Api.Reply refused = hostile(hr).get(path);
            refusedAsProblem(refused, 400);
            assertThat(refused.code()).as(path).isEqualTo("VALIDATION_FAILED");
        }
    }

    @Test
    void aBodyMustSayWhatItIsWithoutWildcards() {
        for (String type : List.of("*/*", "application/*", "*", "text/*")) {
            Api.Reply refused = hostile(hr).with("Content-Type", type).post("/staff", staff("E2E-WILD", "通配"));
            refusedAsProblem(refused, 415);
            assertThat(refused.code()).as(type).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        refusedAsProblem(anonymous.with("Content-Type", "*/*").post("/dev/tokens", Map.of("sub", "x")), 415);
        nothingWritten();
    }

    @Test
    void anOverlongPathIsRefusedAlsoWithAnIdempotencyKey() {
        Api.Reply refused = hostile(hr).with("Idempotency-Key", "long-path-1")
                .post("/cases/" + "C".repeat(1001) + "/proposal", Map.of("reasons", "x", "evidence", List.of("y")));
        refusedAsProblem(refused, 400);
        assertThat(refused.code()).isEqualTo("INVALID_PATH");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAlsoWithAnIdempotencyKey() throws Exception {
        byte[] huge = ("{\"name\":\"" + "字".repeat(400_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/api/v1/staff"))
                        .header("Authorization", "Bearer " + hr.token()).header("Content-Type", "application/json")
                        .header("Idempotency-Key", "chunked-1")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(huge))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void theErrorPageAskedForDirectlyAndAnUnknownMethodAreNoFailures() {
        Api.Reply error = Api.server(port).get("/error");
        assertThat(error.status()).as(error.toString()).isEqualTo(404);
        assertThat(error.code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void enumsDatesAndNumbersAreReadExactly() {
        Map<String, Object> spaced = staff("E2E-EXACT", "严格");
        spaced.put("rank", "ASSOCIATE_SENIOR ");
        refusedAsProblem(hostile(hr).post("/staff", spaced), 400);
        aSurgeonWithATermFrom("E2E-EXACT", START);
        for (Object day : List.of(List.of(2026, 1, 5), " " + START.atDay(5), START.atDay(5) + "\u0000")) {
            Map<String, Object> incident = new HashMap<>(Map.of("type", "MEDICAL_DISPUTE", "responsibility",
                    "SECONDARY", "description", "轻微纠纷"));
            incident.put("occurredOn", day);
            refusedAsProblem(hostile(hr).post("/staff/E2E-EXACT/incidents", incident), 400);
        }
        Api commission = anonymous.as("commissioner", null, null, "COMMISSION");
        for (String year : List.of("0x7E6", "+2026", "02025", "%202026", "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96")) {
            refusedAsProblem(hostile(commission).put("/staff/E2E-EXACT/annual-ratings/" + year,
                    Map.of("rating", "COMPETENT")), 400);
        }
        for (String year : List.of("-1", "0", "1900")) {
            refusedAsProblem(hr.get("/staff/E2E-EXACT/award-eligibility/" + year), 400);
        }
        refusedAsProblem(hr.get("/staff?page=0x10"), 400);
        for (String filter : List.of("/staff?state=bogus", "/rectifications?state=open", "/cases?state=NOTICED%00")) {
            refusedAsProblem(hr.get(filter), 400);
        }
        refusedAsProblem(hr.get("/terms/E2E-EXACT.T01"), 400); // one spelling of an id: T01 is not T1
        Map<String, Object> huge = new HashMap<>(report(1));
        huge.put("businessLearning", Integer.MAX_VALUE);
        refusedAsProblem(hostile(surgery).put("/terms/E2E-EXACT.T1/monthly-reports/" + START, huge), 400);
        refusedAsProblem(hostile(hr).post("/staff/E2E-EXACT/cases", Map.of("kind", "DOWNGRADE", "grounds",
                List.of("LEADERSHIP", "LEADERSHIP"), "notes", "重复")), 400);
        nothingWritten();
    }

    @Test
    void anIdOfAnotherKindOfRecordNamesNoPerson() {
        for (String id : List.of("cele-2026-v1", "national-2026")) {
            Api.Reply refused = hostile(hr).post("/staff/" + id + "/terms", Map.of("startMonth", START.toString(),
                    "postGrade", 6));
            refusedAsProblem(refused, 404);
            assertThat(refused.code()).as(id).isEqualTo("STAFF_NOT_FOUND");
        }
        refusedAsProblem(hostile(hr).post("/staff", staff("cele-2026-v1", "撞名")), 409);
        nothingWritten();
    }

    @Test
    void anIdempotencyKeyReplaysOnlyToTheSameSubjectWithTheSameRoles() {
        Api.Reply first = hr.with("Idempotency-Key", "roles-1").post("/staff", staff("E2E-REPLAY", "重放"));
        assertThat(first.status()).isEqualTo(201);
        Api sameNameOtherRoles = anonymous.as("hr-officer", null, null, "STAFF");
        Api.Reply replayed = sameNameOtherRoles.with("Idempotency-Key", "roles-1")
                .post("/staff", staff("E2E-REPLAY", "重放"));
        refusedAsProblem(replayed, 403);
    }
}
