package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.policy.progress.MonthlyFacts;
import cn.nengshang.policy.rules.Metric;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RecordedReportsTest {

    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    private static MonthlyReport teachingRounds(int n, LocalDate... days) {
        return new MonthlyReport(0, 0, n, 0, 0, 0, 0, List.of(days), 0, 0, 0, 0, 0, 0, null, null);
    }

    private static ReportVersion version(YearMonth month, int version, String recordedAt, MonthlyReport report) {
        return new ReportVersion("CL-0001.T1", month, version, Instant.parse(recordedAt), "surgery-head", null, report);
    }

    private final List<ReportVersion> recorded = List.of(
            version(JANUARY, 1, "2026-02-03T02:00:00Z", teachingRounds(1, LocalDate.of(2026, 1, 6))),
            version(FEBRUARY, 1, "2026-03-04T02:00:00Z", teachingRounds(2)),
            version(JANUARY, 2, "2026-03-20T02:00:00Z", teachingRounds(4, LocalDate.of(2026, 1, 6),
                    LocalDate.of(2026, 1, 13))));

    @Test
    void eachMonthShowsItsLastVersionRecordedBeforeTheMoment() {
        Map<YearMonth, MonthlyFacts> onMarch10 = RecordedReports.asOf(recorded, Instant.parse("2026-03-10T00:00:00Z"));
        Map<YearMonth, MonthlyFacts> now = RecordedReports.asOf(recorded, Instant.parse("2026-12-01T00:00:00Z"));

        assertThat(onMarch10.get(JANUARY).count(Metric.TEACHING_ROUNDS)).isEqualTo(1);
        assertThat(onMarch10.get(FEBRUARY).count(Metric.TEACHING_ROUNDS)).isEqualTo(2);
        assertThat(now.get(JANUARY).count(Metric.TEACHING_ROUNDS)).isEqualTo(4);
        assertThat(now.get(JANUARY).count(Metric.GRASSROOTS_DAYS)).isEqualTo(2);
    }

    @Test
    void aMonthRecordedAfterTheMomentIsNotThereYet() {
        Map<YearMonth, MonthlyFacts> onFebruary10 = RecordedReports.asOf(recorded,
                Instant.parse("2026-02-10T00:00:00Z"));

        assertThat(onFebruary10).containsOnlyKeys(JANUARY);
    }
}
