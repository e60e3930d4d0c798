package cn.nengshang.ledger.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's lists and dashboards from the task-progress projection, and an administrator's replay and check of it. */
class ProgressProjectionApiTest extends ApiTestBase {

    private static final YearMonth START = THIS_MONTH.minusMonths(3);

    @Autowired
    JdbcTemplate jdbc;

    private Api admin() {
        return anonymous.as("platform-admin", null, null, "ADMIN");
    }

    @Test
    void theListFiltersSortsAndPagesInTheDatabaseAndSaysWhichPositionItShows() {
        String reporting = aSurgeonWithATermFrom("E2E-PRJ-A", START);
        String idle = aSurgeonWithATermFrom("E2E-PRJ-B", START);
        for (int m = 0; m < 3; m++) {
            YearMonth month = START.plusMonths(m);
            surgery.put("/terms/" + reporting + "/monthly-reports/" + month, report(3));
        }

        JsonNode b1Behind = hr.get("/progress?department=" + SURGERY + "&task=B1&status=BEHIND&size=200").body();
        String reportedB1 = hr.get("/terms/" + reporting + "/progress").body().path("tasks").findParents("task")
                .stream().filter(t -> t.path("task").asText().equals("B1")).findFirst().orElseThrow()
                .path("status").asText();
        assertThat(reportedB1).isIn("MET", "ON_TRACK");
        JsonNode b1Met = hr.get("/progress?department=" + SURGERY + "&task=B1&status=" + reportedB1 + "&size=200")
                .body();
        JsonNode byBehind = hr.get("/progress?institution=" + HOSPITAL + "&sort=BEHIND&size=200").body();

        assertThat(b1Behind.path("items").findValuesAsText("termId")).contains(idle).doesNotContain(reporting);
        assertThat(b1Met.path("items").findValuesAsText("termId")).contains(reporting).doesNotContain(idle);
        assertThat(b1Behind.path("position").isNumber()).as(b1Behind.toString()).isTrue();
        JsonNode first = byBehind.path("items").get(0);
        assertThat(first.path("statuses").path("BEHIND").asInt())
                .isGreaterThanOrEqualTo(byBehind.path("items").get(1).path("statuses").path("BEHIND").asInt());
        JsonNode row = b1Behind.path("items").findParents("termId").stream()
                .filter(item -> item.path("termId").asText().equals(idle)).findFirst().orElseThrow();
        assertThat(row.path("rank").asText()).isEqualTo("ASSOCIATE_SENIOR");
        assertThat(row.path("family").asText()).isEqualTo("CLINICAL");
        assertThat(row.path("state").asText()).isEqualTo("APPOINTED");
        assertThat(row.path("termMonth").asInt()).isEqualTo(3);
        assertThat(hr.get("/progress?rank=FULL_SENIOR&department=" + SURGERY + "&size=200").body().path("items")
                .findValuesAsText("termId")).doesNotContain(idle, reporting);
        assertThat(hr.get("/progress?state=DOWNGRADED&size=200").body().path("items").findValuesAsText("termId"))
                .doesNotContain(idle, reporting);
        assertThat(medicine.get("/progress?size=200").body().path("items").findValuesAsText("termId"))
                .as("a department sees its own").doesNotContain(idle, reporting);
        assertThat(hr.get("/progress?task=B99").code()).isEqualTo("VALIDATION_FAILED");
        assertThat(hr.get("/progress?sort=salary").status()).isEqualTo(400);
    }

    @Test
    void aTermsRowShowsItsPersonsOpenCaseFromTheMomentTheCaseIsOpened() {
        String termId = aSurgeonWithATermFrom("E2E-PRJ-K", START);
        long before = casesOf(hr.get("/progress/summary?institution=" + HOSPITAL).body());

        String caseId = aCaseOnNotice("E2E-PRJ-K");

        JsonNode row = hr.get("/progress?department=" + SURGERY + "&size=200").body().path("items")
                .findParents("termId").stream().filter(item -> item.path("termId").asText().equals(termId))
                .findFirst().orElseThrow();
        assertThat(row.path("openCaseId").asText()).isEqualTo(caseId);
        assertThat(row.path("state").asText()).as("a case under way puts the appointment under review")
                .isEqualTo("UNDER_REVIEW").isEqualTo(hr.get("/staff/E2E-PRJ-K").body().path("appointment").path("state").asText());
        assertThat(casesOf(hr.get("/progress/summary?institution=" + HOSPITAL).body())).isEqualTo(before + 1);
    }

    private static long casesOf(JsonNode summary) {
        return summary.path("groups").findParents("departmentId").stream()
                .filter(g -> g.path("departmentId").asText().equals(SURGERY)).findFirst().orElseThrow()
                .path("openCases").asLong();
    }

    @Test
    void theSummaryCountsByInstitutionOrByDepartment() {
        aSurgeonWithATermFrom("E2E-PRJ-S", START);

        JsonNode consortium = hr.get("/progress/summary").body();
        JsonNode hospital = hr.get("/progress/summary?institution=" + HOSPITAL).body();
        JsonNode own = surgery.get("/progress/summary").body();

        JsonNode people = consortium.path("groups").findParents("institutionId").stream()
                .filter(g -> g.path("institutionId").asText().equals(HOSPITAL)).findFirst().orElseThrow();
        assertThat(people.path("departmentId").isNull()).isTrue();
        assertThat(people.path("terms").asLong()).isGreaterThan(1);
        assertThat(people.path("byStatus").path("BEHIND").asLong()).isPositive();
        assertThat(hospital.path("groups").findValuesAsText("departmentId")).contains(SURGERY);
        assertThat(own.path("groups").findValuesAsText("departmentId")).containsExactly(SURGERY);
        long surgeryTerms = hospital.path("groups").findParents("departmentId").stream()
                .filter(g -> g.path("departmentId").asText().equals(SURGERY)).findFirst().orElseThrow()
                .path("terms").asLong();
        assertThat(own.path("groups").get(0).path("terms").asLong()).isEqualTo(surgeryTerms);
    }

    @Test
    void anAdministratorSeesTheProjectionsAndAReplayedProjectionChecksClean() throws InterruptedException {
        String termId = aSurgeonWithATermFrom("E2E-PRJ-C", START);
        Api admin = admin();
        assertThat(hr.get("/admin/projections").status()).isEqualTo(403);
        awaitCaughtUp(admin);
        JsonNode clean = admin.get("/admin/projections/progress/check").body();
        assertThat(clean.path("checked").asLong()).isGreaterThan(30);
        assertThat(clean.path("differences")).as(clean.toString()).isEmpty();

        jdbc.update("update progress_task set status = 'MET', actual = 99 where term_id = ? and task = 'B1'", termId);
        JsonNode tampered = admin.get("/admin/projections/progress/check").body();
        assertThat(tampered.path("differences")).hasSize(1);
        JsonNode difference = tampered.path("differences").get(0);
        assertThat(difference.path("termId").asText()).isEqualTo(termId);
        assertThat(difference.path("task").asText()).isEqualTo("B1");
        assertThat(difference.path("projected").path("status").asText()).isEqualTo("MET");
        assertThat(difference.path("evaluated").path("status").asText()).isEqualTo("BEHIND");
        assertThat(difference.path("kind").asText()).isEqualTo("TASK");

        // a row that missed the term's last event stands as of a day before it
        jdbc.update("update progress_term set as_of = as_of - 40 where term_id = ?", termId);
        JsonNode stale = admin.get("/admin/projections/progress/check").body();
        assertThat(stale.path("differences").findParents("kind").stream()
                .filter(d -> d.path("kind").asText().equals("STALE")).map(d -> d.path("termId").asText()).toList())
                .as(stale.toString()).containsExactly(termId);
        jdbc.update("update progress_term set as_of = as_of + 40, appointment_state = 'DOWNGRADED' where term_id = ?",
                termId);
        JsonNode standing = admin.get("/admin/projections/progress/check").body();
        JsonNode moved = standing.path("differences").findParents("kind").stream()
                .filter(d -> d.path("kind").asText().equals("STANDING")).findFirst().orElseThrow();
        assertThat(moved.path("termId").asText()).isEqualTo(termId);
        assertThat(moved.path("projectedStanding").path("appointmentState").asText()).isEqualTo("DOWNGRADED");
        assertThat(moved.path("evaluatedStanding").path("appointmentState").asText()).isEqualTo("APPOINTED");
        JsonNode projections = admin.get("/admin/projections").body().findParents("name").stream()
                .filter(p -> p.path("name").asText().equals("progress")).findFirst().orElseThrow();
        assertThat(projections.path("waiting").asLong()).isZero();
        assertThat(projections.path("failed").asLong()).isZero();

        assertThat(admin.post("/admin/projections/progress/replay", java.util.Map.of()).status()).isEqualTo(202);
        awaitCaughtUp(admin);
        assertThat(admin.get("/admin/projections/progress/check").body().path("differences")).isEmpty();
        assertThat(admin.post("/admin/projections/NoticeProcessProcessor/replay", java.util.Map.of()).code())
                .as("a saga never replays").isEqualTo("PROJECTION_NOT_FOUND");
        assertThat(admin.get("/admin/projections/history/check").code()).isEqualTo("PROJECTION_NOT_FOUND");
    }

    private static void awaitCaughtUp(Api admin) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode progress = admin.get("/admin/projections").body().findParents("name").stream()
                    .filter(p -> p.path("name").asText().equals("progress")).findFirst().orElseThrow();
            if (!progress.path("replaying").asBoolean() && progress.path("lag").asLong() == 0) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the projection did not catch up");
    }
}
