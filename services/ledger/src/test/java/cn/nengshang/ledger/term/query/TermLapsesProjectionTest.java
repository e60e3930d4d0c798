package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.MonthlyReportOverdue;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rectification periods and overdue reports, as a plain object over repositories in memory. */
class TermLapsesProjectionTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final TermId TERM = new TermId(SURGEON, 1);

    private final RectificationRepository rectifications = InMemoryRepository.of(RectificationRepository.class);
    private final OverdueReportRepository overdue = InMemoryRepository.of(OverdueReportRepository.class);
    private final TermLapsesProjection projection = new TermLapsesProjection(rectifications, overdue);

    @Test
    void aPeriodIsOpenUntilJudgedAndKeepsTheTasksItFoundShort() {
        projection.on(new RectificationStarted(SURGEON, "CL-0001-R1", TERM, "2026-Q1", LocalDate.of(2026, 4, 15),
                LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 10), Instant.parse("2026-08-10T16:00:00Z")));
        assertThat(rectifications.findById("CL-0001-R1").orElseThrow().view().state()).isEqualTo("OPEN");

        projection.on(new RectificationJudged(SURGEON, "CL-0001-R1", TERM, false, List.of("B7", "G2"),
                "cele-2026-v1"));

        RectificationRow.View judged = rectifications.findById("CL-0001-R1").orElseThrow().view();
        assertThat(judged.state()).isEqualTo("FAILED");
        assertThat(judged.shortTasks()).containsExactly("B7", "G2");
        assertThat(judged.termId()).isEqualTo("CL-0001.T1");
    }

    @Test
    void anOverdueReportIsKeptAgainstItsDepartment() {
        projection.on(new MonthlyReportOverdue(SURGEON, TERM, YearMonth.of(2026, 2), LocalDate.of(2026, 3, 10),
                "cele-people-hospital", "cele-people-hospital.general-surgery"), Instant.parse("2026-03-10T16:00:00Z"));
        assertThat(overdue.findAll()).singleElement().satisfies(row -> {
            assertThat(row.view()).isEqualTo(new OverdueReport.View("CL-0001", "CL-0001.T1", "2026-02",
                    LocalDate.of(2026, 3, 10)));
            assertThat(row.departmentId()).isEqualTo("cele-people-hospital.general-surgery");
        });
        projection.reset();
        assertThat(overdue.count()).isZero();
        assertThat(rectifications.count()).isZero();
    }
}
