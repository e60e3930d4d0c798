package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database keeps everything in its folder: a second start finds the first one's record. */
class RestartTest {

    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2);

    @TempDir
    Path data;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(NengshangApplication.class)
                .run("--server.port=0", "--nengshang.data-dir=" + data, "--nengshang.db.url=");
    }

    private static Api hr(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return new Api(port).as("hr-officer", null, null, "HR_CENTER");
    }

    @Test
    void theRecordSurvivesARestartAndSeedsAreNotLoadedTwice() {
        String termId;
        long staffBefore;
        try (ConfigurableApplicationContext first = start()) {
            Api hr = hr(first);
            hr.post("/staff", Map.of("staffId", "RESTART-1", "name", "重启测试", "institutionId",
                    "cele-people-hospital", "departmentId", "cele-people-hospital.orthopaedics", "rank",
                    "FULL_SENIOR", "titleName", "主任医师", "profession", "CLINICAL", "specialtyCode", "0116"));
            termId = hr.post("/staff/RESTART-1/terms", Map.of("startMonth", MONTH.minusMonths(1).toString(),
                    "postGrade", 4)).body().path("termId").asText();
            assertThat(hr.put("/terms/" + termId + "/monthly-reports/" + MONTH,
                    ApiTestBase.report(3)).status()).isEqualTo(201);
            staffBefore = hr.get("/staff?size=1").body().path("total").asLong();
        }

        try (ConfigurableApplicationContext second = start()) {
            Api hr = hr(second);
            assertThat(hr.get("/staff/RESTART-1").body().path("appointment").path("termId").asText())
                    .isEqualTo(termId);
            assertThat(hr.get("/terms/" + termId + "/monthly-reports/" + MONTH).body().path("teachingRounds").asInt())
                    .isEqualTo(3);
            assertThat(hr.get("/staff/RESTART-1/history").body().findValuesAsText("type"))
                    .containsSubsequence("StaffRegistered", "TermStarted", "AppointmentStateChanged",
                            "MonthlyReportSubmitted");
            assertThat(hr.get("/staff?size=1").body().path("total").asLong()).isEqualTo(staffBefore).isEqualTo(31);
            assertThat(hr.get("/organisation").body().size()).isEqualTo(9);

            hr.post("/staff", Map.of("staffId", "RESTART-2", "name", "重启之后", "institutionId",
                    "cele-people-hospital", "departmentId", "cele-people-hospital.orthopaedics", "rank",
                    "FULL_SENIOR", "titleName", "主任医师", "profession", "CLINICAL", "specialtyCode", "0116"));
            Long gaps = second.getBean(JdbcTemplate.class).queryForObject(
                    "select max(global_index) - min(global_index) + 1 - count(*) from domain_event_entry", Long.class);
            assertThat(gaps).as("events are numbered one by one, across restarts too").isZero();
        }
    }
}
