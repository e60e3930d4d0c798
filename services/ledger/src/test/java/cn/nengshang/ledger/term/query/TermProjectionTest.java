package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.api.MonthlyReportCorrected;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.Baselines;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Terms and every version of their reports, as a plain object over repositories in memory. */
class TermProjectionTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final TermId TERM = new TermId(SURGEON, 1);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final Instant AT = Instant.parse("2026-04-05T02:00:00Z");

    private final TermRepository terms = InMemoryRepository.of(TermRepository.class);
    private final ReportVersionRepository reports = InMemoryRepository.of(ReportVersionRepository.class, Map.of(
            "latestVersion", call -> call.rowsOf(ReportVersion.class).stream()
                    .filter(r -> r.month().toString().equals(call.args()[1]))
                    .map(ReportVersion::version).max(Comparator.naturalOrder()),
            "history", call -> call.rowsOf(ReportVersion.class)));
    private final TermProjection projection = new TermProjection(terms, reports);

    private static MonthlyReport reportOf(int n) {
        return new MonthlyReport(n, n, n, n, n, n, n, List.of(), n, n, n, n, n, n, null, null);
    }

    @Test
    void aTermIsKeptWithItsPolicyAndEveryVersionOfEachReport() {
        projection.on(new TermStarted(SURGEON, TERM, "cele-2026-v1", YearMonth.of(2026, 1), 24, 6,
                Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, true, Baselines.NONE), AT);
        projection.on(new MonthlyReportSubmitted(SURGEON, TERM, MARCH, reportOf(2), false), AT, "surgery-head");
        projection.on(new MonthlyReportCorrected(SURGEON, TERM, MARCH, reportOf(3), "漏记"), AT.plusSeconds(60),
                "surgery-head");
        projection.on(new MonthlyReportCorrected(SURGEON, TERM, MARCH, reportOf(4), "再次更正"), AT.plusSeconds(120),
                "hr-1");

        assertThat(terms.findById("CL-0001.T1").orElseThrow().policyId()).isEqualTo("cele-2026-v1");
        List<ReportVersion> versions = reports.history("CL-0001.T1");
        assertThat(versions).extracting(ReportVersion::version, ReportVersion::recordedBy, ReportVersion::correctionReason)
                .containsExactly(tuple(1, "surgery-head", null),
                        tuple(2, "surgery-head", "漏记"),
                        tuple(3, "hr-1", "再次更正"));
        assertThat(reports.latestVersion("CL-0001.T1", MARCH.toString())).isEqualTo(Optional.of(3));
        projection.reset();
        assertThat(terms.count() + reports.count()).isZero();
    }
}
