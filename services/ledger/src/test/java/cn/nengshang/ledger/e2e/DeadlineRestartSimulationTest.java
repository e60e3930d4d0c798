package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines are kept in PostgreSQL by db-scheduler: a service stopped in the middle of a rectification period
 * still judges it, exactly once, after it starts again.
 */
class DeadlineRestartSimulationTest {

    @TempDir
    Path data;

    private ConfigurableApplicationContext start(String simulatedNow) {
        return new SpringApplicationBuilder(NengshangApplication.class).profiles("simulation")
                .run("--server.port=0", "--nengshang.data-dir=" + data, "--nengshang.db.url=",
                        "--nengshang.demo=false", "--nengshang.simulation.start=" + simulatedNow);
    }

    private static Api api(ConfigurableApplicationContext context, String sub, String institution, String... roles) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new Api(port).as(sub, institution, null, roles);
    }

    @Test
    void aRectificationPeriodInterruptedByARestartIsJudgedExactlyOnce() {
        try (ConfigurableApplicationContext first = start("2026-04-15T10:00:00+08:00")) {
            Api hr = api(first, "hr-officer", null, "HR_CENTER");
            hr.post("/staff", Map.of("staffId", "RESTART-R", "name", "重启整改", "institutionId",
                    "cele-people-hospital", "departmentId", "cele-people-hospital.general-surgery", "rank",
                    "ASSOCIATE_SENIOR", "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0115"));
            hr.post("/staff/RESTART-R/terms", Map.of("startMonth", "2026-01", "postGrade", 6));
            Api hospital = api(first, "hospital-office", "cele-people-hospital", "INSTITUTION");
            assertThat(hospital.put("/terms/RESTART-R.T1/quarters/2026-Q1", Map.of("verdict", "FAIL")).status())
                    .isEqualTo(200);
            api(first, "administrator", null, "ADMIN").post("/sim/clock",
                    Map.of("advanceTo", "2026-06-01T09:00:00+08:00"));
            assertThat(hr.get("/terms/RESTART-R.T1/rectifications").body().get(0).path("state").asText())
                    .isEqualTo("OPEN");
        }

        try (ConfigurableApplicationContext second = start("2026-06-01T09:00:00+08:00")) {
            Api hr = api(second, "hr-officer", null, "HR_CENTER");
            Api admin = api(second, "administrator", null, "ADMIN");
            assertThat(admin.post("/sim/clock", Map.of("advanceTo", "2026-08-11T09:00:00+08:00")).status())
                    .isEqualTo(200);
            assertThat(admin.post("/sim/clock", Map.of("advanceTo", "2026-09-30T09:00:00+08:00")).status())
                    .isEqualTo(200);

            assertThat(hr.get("/terms/RESTART-R.T1/rectifications").body().get(0).path("state").asText())
                    .isEqualTo("FAILED");
            assertThat(hr.get("/staff/RESTART-R/history").body().findValuesAsText("type").stream()
                    .filter("RectificationJudged"::equals).count()).as("judged exactly once").isEqualTo(1);
        }
    }
}
