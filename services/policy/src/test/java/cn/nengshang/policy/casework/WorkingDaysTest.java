package cn.nengshang.policy.casework;

import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.golden.GoldenScenarios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The public notice's five working days, counted with the 2026 calendars under {@code seeds/calendar}. */
class WorkingDaysTest {

    private final WorkingDays calendar = WorkingDays.loadFolder(GoldenScenarios.folder().resolveSibling("calendar"));

    @Test
    void anOrdinaryWeekEndsOnTheFifthWorkingDay() {
        assertThat(calendar.lastOf(LocalDate.of(2026, 3, 9), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void aWeekendStartCountsFromTheNextWorkingDay() {
        assertThat(calendar.lastOf(LocalDate.of(2026, 3, 7), 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void theSpringFestivalSkipsItsHolidaysAndCountsItsAdjustedSaturday() {
        // Thu 12, Fri 13, Sat 14 (调休上班), then 15-23 off, Tue 24, Wed 25
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
        assertThat(calendar.lastOf(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void nationalDayRunsIntoTheNextWeek() {
        // Wed 30 Sep, 1-7 Oct off, Thu 8, Fri 9, Sat 10 (调休上班), Mon 12
        assertThat(calendar.lastOf(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void xinjiangsRegionalHolidaysAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse();
        assertThat(calendar.lastOf(LocalDate.of(2026, 5, 25), 5)).isEqualTo(LocalDate.of(2026, 6, 3));
    }

    @Test
    void aBadLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> WorkingDays.parse(List.of("date\tkind\tname", "2026-13-01\tHOLIDAY\tx"), "bad.tsv"))
                .isInstanceOf(SeedFormatException.class).hasMessageContaining("bad.tsv line 2");
    }
}
