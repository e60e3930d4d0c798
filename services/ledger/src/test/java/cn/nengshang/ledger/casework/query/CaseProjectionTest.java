package cn.nengshang.ledger.casework.query;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.casework.api.CaseCarriedOver;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.CaseOutcome;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.CaseWithdrawn;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.GroundFound;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Decision;
import cn.nengshang.policy.casework.Ground;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The cases read model, as a plain object over a repository in memory. */
class CaseProjectionTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final CaseId CASE = new CaseId(SURGEON, 1);
    private static final Instant AT = Instant.parse("2026-07-15T02:00:00Z");

    private final CaseRepository cases = InMemoryRepository.of(CaseRepository.class);
    private final CaseProjection projection = new CaseProjection(cases);

    private CaseRow row() {
        return cases.findById(CASE.toString()).orElseThrow();
    }

    private void opened() {
        projection.on(new CaseOpened(SURGEON, CASE, CaseKind.DOWNGRADE, Ground.CONSECUTIVE_QUARTER_FAILS,
                "quarters 2026-Q1 and 2026-Q2 failed", "cele-people-hospital", "cele-people-hospital.general-surgery",
                Rank.ASSOCIATE_SENIOR, 6, null, "cele-2026-v1"), AT, "hospital");
    }

    @Test
    void aCaseShowsEachFactOnceWithItsActorAndGround() {
        opened();
        projection.on(new GroundFound(SURGEON, CASE, Ground.ANNUAL_RATING, "annual rating 2026: INCOMPETENT"),
                AT.plusSeconds(60), "commission");

        CaseRow row = row();
        assertThat(row.state()).isEqualTo(CaseState.OPENED);
        assertThat(row.grounds()).extracting(CaseRow.GroundEntry::ground)
                .containsExactly("CONSECUTIVE_QUARTER_FAILS", "ANNUAL_RATING");
        assertThat(row.history()).extracting(CaseRow.Step::step, CaseRow.Step::actor).containsExactly(
                tuple("CaseOpened", "hospital"),
                tuple("GroundFound", "commission"));
    }

    @Test
    void anUpheldObjectionTakesTheCaseBackToTheCommitteeAndAWithdrawalClosesIt() {
        opened();
        projection.on(new CommitteeDecided(CASE, SURGEON, 9, 7, 6, Decision.DOWNGRADE, 9), AT, "committee");
        projection.on(new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 7, 16), LocalDate.of(2026, 7, 22), 5), AT,
                "hr");
        projection.on(new ObjectionRaised(CASE, SURGEON, CASE + "-O1", "数据有误", "colleague"), AT, "colleague");
        assertThat(row().decidedPostGrade()).isEqualTo(9);
        assertThat(row().noticeEndsOn()).isEqualTo(LocalDate.of(2026, 7, 22));

        projection.on(new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "异议成立", true), AT, "hr");
        assertThat(row().state()).isEqualTo(CaseState.ASSESSED);
        assertThat(row().decidedPostGrade()).isNull();
        assertThat(row().objections()).singleElement().satisfies(o -> assertThat(o.upheld()).isTrue());

        projection.on(new CaseWithdrawn(CASE, SURGEON, "统计有误", "hr"), AT, "hr");
        projection.on(new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.WITHDRAWN, null,
                LocalDate.of(2026, 7, 23), AppointmentState.APPOINTED), AT, "hr");
        assertThat(row().state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(row().history()).hasSize(7);
    }

    @Test
    void aCaseOfThePreviousVersionStandsWhereItsCarriedStepsLeftIt() {
        opened();
        projection.on(new CaseCarriedOver(CASE, SURGEON, CaseState.NOTICED, "branch", "assessor", Decision.DOWNGRADE,
                9, LocalDate.of(2026, 7, 22), Map.of(), 0), AT, "system");
        assertThat(row().state()).isEqualTo(CaseState.NOTICED);
        projection.reset();
        assertThat(cases.count()).isZero();
    }
}
