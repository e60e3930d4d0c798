package cn.nengshang.ledger.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The holiday calendars: loaded from the seed files, read by anyone signed in, replaced by an administrator. */
class CalendarApiTest extends ApiTestBase {

    @Test
    void theSeedCalendarsAreInPlaceAndCountANoticeAcrossTheSpringFestival() {
        assertThat(hr.get("/calendars").body().findValuesAsText("calendarId"))
                .contains("national-2026", "xinjiang-2026");
        assertThat(hr.get("/calendars/xinjiang-2026").body().path("days").findValuesAsText("name")).contains("古尔邦节");
        assertThat(hr.get("/calendars/working-days?from=2026-02-12&count=5").body().path("lastDay").asText())
                .isEqualTo("2026-02-25");
    }

    @Test
    void anAdministratorReplacesACalendarAndNoticesCountByItFromThen() {
        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        assertThat(hr.get("/calendars/working-days?from=2027-01-29&count=6").body().path("lastDay").asText())
                .isEqualTo("2027-02-05");
        Map<String, Object> calendar = Map.of("days", List.of(
                Map.of("date", "2027-01-30", "kind", "WORKDAY", "name", "测试调休上班"),
                Map.of("date", "2027-02-01", "kind", "HOLIDAY", "name", "测试假日"),
                Map.of("date", "2027-02-02", "kind", "HOLIDAY", "name", "测试假日")));

        Api.Reply replaced = admin.put("/calendars/test-2027", calendar);

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.body().path("replacedBy").asText()).isEqualTo("administrator");
        // Fri 29, Sat 30 worked, Mon 1 and Tue 2 off, Wed 3, Thu 4, Fri 5, Mon 8
        assertThat(hr.get("/calendars/working-days?from=2027-01-29&count=6").body().path("lastDay").asText())
                .isEqualTo("2027-02-08");
    }

    @Test
    void onlyAnAdministratorReplacesAndABadCalendarWritesNothing() {
        Map<String, Object> calendar = Map.of("days", List.of(Map.of("date", "2027-05-03", "kind", "HOLIDAY",
                "name", "劳动节")));
        Api.Reply refused = hr.put("/calendars/national-2026", calendar);
        assertThat(refused.status()).isEqualTo(403);

        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        Api.Reply twice = admin.put("/calendars/national-2026", Map.of("days", List.of(
                Map.of("date", "2026-10-01", "kind", "HOLIDAY", "name", "国庆节"),
                Map.of("date", "2026-10-01", "kind", "HOLIDAY", "name", "国庆节"))));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.code()).isEqualTo("CALENDAR_INVALID");

        assertThat(hr.get("/calendars/national-2026").body().path("replacedBy").asText()).isEqualTo("system");
        assertThat(hr.get("/calendars/nowhere").code()).isEqualTo("CALENDAR_NOT_FOUND");
    }
}
