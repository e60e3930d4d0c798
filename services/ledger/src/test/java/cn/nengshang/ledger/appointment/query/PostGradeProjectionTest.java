package cn.nengshang.ledger.appointment.query;

import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.Baselines;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The post-grade timeline, as a plain object over a repository in memory. */
class PostGradeProjectionTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final TermId TERM = new TermId(SURGEON, 1);

    private final PostGradePeriodRepository periods = InMemoryRepository.of(PostGradePeriodRepository.class);
    private final PostGradeProjection projection = new PostGradeProjection(periods);

    private List<PostGradePeriod> timeline() {
        return periods.findByStaffIdOrderByFromAsc(SURGEON.value());
    }

    @Test
    void aTermStartsAStretchADowngradeEndsItAndARestorationEndsThat() {
        projection.on(new TermStarted(SURGEON, TERM, "cele-2026-v1", YearMonth.of(2026, 1), 24, 6,
                Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, true, Baselines.NONE), "e1");
        projection.on(new PostGradeChanged(SURGEON, 6, 8, LocalDate.of(2026, 7, 28), "DOWNGRADED", "CL-0001-C1",
                true), "e2");
        projection.on(new PostGradeChanged(SURGEON, 8, 6, LocalDate.of(2027, 2, 1), "RESTORED", "CL-0001-C2",
                false), "e3");

        assertThat(timeline()).extracting(PostGradePeriod::from, PostGradePeriod::to, PostGradePeriod::postGrade)
                .containsExactly(
                        tuple(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 27), 6),
                        tuple(LocalDate.of(2026, 7, 28), LocalDate.of(2027, 1, 31), 8),
                        tuple(LocalDate.of(2027, 2, 1), null, 6));
        assertThat(timeline()).extracting(p -> p.spell().downgrade()).containsExactly(false, true, false);
        assertThat(timeline().get(1).caseId()).isEqualTo("CL-0001-C1");
    }

    @Test
    void aReappointmentAtTheSameGradeStartsNoNewStretch() {
        projection.on(new TermStarted(SURGEON, TERM, "cele-2026-v1", YearMonth.of(2026, 1), 24, 6,
                Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, true, Baselines.NONE), "e1");
        projection.on(new TermEnded(SURGEON, TERM, LocalDate.of(2027, 12, 31), "cele-2026-v1", Map.of(), true, 6),
                "e2");
        assertThat(timeline()).hasSize(1);
        projection.reset();
        assertThat(timeline()).isEmpty();
    }
}
