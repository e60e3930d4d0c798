package cn.nengshang.ledger.e2e;

import cn.nengshang.policy.progress.Quarter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every list and read applies the record-level scope of GET /staff/{id}: a person sees their own, a
 * department its own, an institution its own. What is public of a notice is the notice list, not the case file.
 */
class ScopeApiTest extends ApiTestBase {

    /** The last quarter that has ended, and a term covering it. */
    private static final Quarter ENDED = Quarter.of(THIS_MONTH.minusMonths(3));
    private static final YearMonth START = ENDED.firstMonth();
    private static final String TOWNSHIP = "cele-cele-town-thc";

    private String aPhysicianWithATermFrom(String staffId) {
        Api.Reply registered = hr.post("/staff", Map.of("staffId", staffId, "name", "测试内科医生",
                "institutionId", HOSPITAL, "departmentId", MEDICINE, "rank", "ASSOCIATE_SENIOR",
                "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0101"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return hr.post("/staff/" + staffId + "/terms", Map.of("startMonth", START.toString(), "postGrade", 6))
                .body().path("termId").asText();
    }

    @Test
    void aPersonSeesOnlyTheirOwnOverdueReports() throws InterruptedException {
        aSurgeonWithATermFrom("E2E-SCOPE-SELF", START);
        aPhysicianWithATermFrom("E2E-SCOPE-OTHER");
        Api self = anonymous.as("E2E-SCOPE-SELF", null, null, "STAFF");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (hr.get("/overdue-reports").body().findValuesAsText("staffId").stream()
                .noneMatch("E2E-SCOPE-OTHER"::equals) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(hr.get("/overdue-reports").body().findValuesAsText("staffId")).contains("E2E-SCOPE-OTHER");

        assertThat(self.get("/overdue-reports").body().findValuesAsText("staffId"))
                .isNotEmpty().allMatch("E2E-SCOPE-SELF"::equals);
        assertThat(self.get("/overdue-reports?department=" + MEDICINE).body().findValuesAsText("staffId")).isEmpty();
    }

    @Test
    void aDepartmentSeesOnlyItsOwnRectifications() {
        String surgeon = aSurgeonWithATermFrom("E2E-SCOPE-RS", START);
        String physician = aPhysicianWithATermFrom("E2E-SCOPE-RM");
        Api hospital = anonymous.as("hospital-office", HOSPITAL, null, "INSTITUTION");
        for (String termId : new String[]{surgeon, physician}) {
            Api.Reply verdict = hospital.put("/terms/" + termId + "/quarters/" + ENDED, Map.of("verdict", "FAIL"));
            assertThat(verdict.status()).as(verdict.toString()).isEqualTo(200);
        }
        assertThat(hr.get("/rectifications").body().findValuesAsText("staffId"))
                .contains("E2E-SCOPE-RS", "E2E-SCOPE-RM");

        assertThat(surgery.get("/rectifications").body().findValuesAsText("staffId"))
                .contains("E2E-SCOPE-RS").doesNotContain("E2E-SCOPE-RM");
        assertThat(surgery.get("/rectifications?department=" + MEDICINE).body().findValuesAsText("staffId")).isEmpty();
        assertThat(medicine.get("/rectifications").body().findValuesAsText("staffId"))
                .contains("E2E-SCOPE-RM").doesNotContain("E2E-SCOPE-RS");
    }

    @Test
    void aCaseOnNoticeIsListedForEveryoneButItsFileStaysWithThoseWhoMayReadThePerson() {
        aSurgeonWithATermFrom("E2E-SCOPE-NOTICE", START);
        String caseId = aCaseOnNotice("E2E-SCOPE-NOTICE");
        Api elsewhere = anonymous.as("township-office", TOWNSHIP, null, "INSTITUTION");
        Api stranger = anonymous.as("E2E-SOMEONE", null, null, "STAFF");

        assertThat(elsewhere.get("/cases/" + caseId).status()).isEqualTo(403);
        assertThat(stranger.get("/cases/" + caseId).status()).isEqualTo(403);
        assertThat(elsewhere.get("/cases").body().path("items").findValuesAsText("caseId")).doesNotContain(caseId);
        assertThat(hr.get("/cases/" + caseId).status()).isEqualTo(200);
        assertThat(surgery.get("/cases/" + caseId).status()).isEqualTo(200);
        assertThat(medicine.get("/cases/" + caseId).status()).as("another department of the same hospital")
                .isEqualTo(403);

        Api.Reply notices = stranger.get("/notices");
        assertThat(notices.status()).isEqualTo(200);
        assertThat(notices.body().findValuesAsText("caseId")).contains(caseId);
        assertThat(notices.body().findValue("objections")).isNull();
    }
}
