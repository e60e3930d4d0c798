package cn.nengshang.policy.casework;

import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import cn.nengshang.policy.golden.GoldenScenarios;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.PolicyLoader;
import cn.nengshang.policy.rules.Thresholds;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What opens a case, and which kind (DOMAIN §6 and §8), with the Cele 2026 thresholds. */
class GroundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final TermCalendar TERM = new TermCalendar(YearMonth.of(2026, 1), 24);
    private final Thresholds cele = PolicyLoader.loadFolder(GoldenScenarios.folder().resolveSibling("policy"))
            .find("cele-2026-v1").orElseThrow().thresholds();

    private static Incident incident(IncidentType type, Integer grade, Responsibility responsibility,
                                     LocalDate impactUntil) {
        return new Incident(type, LocalDate.of(2026, 5, 1), grade, responsibility, impactUntil);
    }

    @Test
    void refusalsAndViolationsCountFromTheSecondInATerm() {
        Incident refusal = incident(IncidentType.DIRECTIVE_REFUSAL, null, null, null);
        assertThat(Grounds.ofIncident(cele, refusal, List.of(), TERM, TODAY)).isEmpty();
        assertThat(Grounds.ofIncident(cele, refusal, List.of(refusal), TERM, TODAY)).contains(Ground.DIRECTIVE_REFUSALS);
        Incident violation = incident(IncidentType.CORE_SYSTEM_VIOLATION, null, null, null);
        assertThat(Grounds.ofIncident(cele, violation, List.of(refusal), TERM, TODAY)).isEmpty();
        assertThat(Grounds.ofIncident(cele, violation, List.of(violation), TERM, TODAY))
                .contains(Ground.CORE_SYSTEM_VIOLATIONS);
    }

    @Test
    void accidentsOfGradeTwoOrWorseMajorErrorsAndPrimaryDisputes() {
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_ACCIDENT, 2, Responsibility.SECONDARY, null),
                List.of(), TERM, TODAY)).contains(Ground.MEDICAL_ACCIDENT);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_ACCIDENT, 3, Responsibility.PRIMARY, null),
                List.of(), TERM, TODAY)).isEmpty();
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MAJOR_MEDICAL_ERROR, null, null, null), List.of(),
                TERM, TODAY)).contains(Ground.MEDICAL_ACCIDENT);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_DISPUTE, null, Responsibility.PRIMARY, null),
                List.of(), TERM, TODAY)).contains(Ground.MEDICAL_ACCIDENT);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_DISPUTE, null, Responsibility.MINOR, null),
                List.of(), TERM, TODAY)).isEmpty();
    }

    @Test
    void anEthicsViolationCountsOnlyInsideItsImpactPeriod() {
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.ETHICS_VIOLATION, null, null,
                LocalDate.of(2026, 6, 1)), List.of(), TERM, TODAY)).contains(Ground.ETHICS);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.ETHICS_VIOLATION, null, null,
                LocalDate.of(2026, 5, 31)), List.of(), TERM, TODAY)).isEmpty();
    }

    @Test
    void fraudAndALeadershipDeterminationAlwaysCount() {
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.FRAUD, null, null, null), List.of(), TERM, TODAY))
                .isEqualTo(Optional.of(Ground.FRAUD));
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.LEADERSHIP_DETERMINATION, null, null, null),
                List.of(), TERM, TODAY)).isEqualTo(Optional.of(Ground.LEADERSHIP));
    }

    @Test
    void failingAgainWhileDowngradedLeadsToDismissalOtherGroundsToDowngrading() {
        assertThat(Grounds.caseFor(Ground.CONSECUTIVE_QUARTER_FAILS, false)).isEqualTo(CaseKind.DOWNGRADE);
        assertThat(Grounds.caseFor(Ground.FAILED_WHILE_DOWNGRADED, true)).isEqualTo(CaseKind.DISMISSAL);
        assertThat(Grounds.caseFor(Ground.TERM_TASKS_UNMET, true)).isEqualTo(CaseKind.DISMISSAL);
        assertThat(Grounds.caseFor(Ground.FRAUD, true)).isEqualTo(CaseKind.DOWNGRADE);
        assertThat(Grounds.caseFor(Ground.RESTORATION_ELIGIBLE, true)).isEqualTo(CaseKind.RESTORATION);
    }

    @Test
    void onlyAnIncidentInsideTheCurrentTermIsAGround() {
        Incident before = new Incident(IncidentType.MAJOR_MEDICAL_ERROR, LocalDate.of(2025, 12, 31), null, null, null);
        assertThat(Grounds.ofIncident(cele, before, List.of(), TERM, TODAY)).isEmpty();
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.FRAUD, null, null, null), List.of(), null, TODAY))
                .isEmpty();
        Incident ethicsBeforeItBegan = new Incident(IncidentType.ETHICS_VIOLATION, LocalDate.of(2026, 7, 1), null,
                null, LocalDate.of(2026, 12, 31));
        assertThat(Grounds.ofIncident(cele, ethicsBeforeItBegan, List.of(), TERM, TODAY)).isEmpty();
    }

    @Test
    void aRatingBelowCompetentIsAGroundForAYearOfTheTerm() {
        assertThat(Grounds.ofRating(AnnualRating.BASICALLY_COMPETENT, 2026, List.of(TERM), null))
                .contains(Ground.ANNUAL_RATING);
        assertThat(Grounds.ofRating(AnnualRating.INCOMPETENT, 2027, List.of(TERM), null))
                .contains(Ground.ANNUAL_RATING);
        assertThat(Grounds.ofRating(AnnualRating.COMPETENT, 2026, List.of(TERM), null)).isEmpty();
        assertThat(Grounds.ofRating(AnnualRating.INCOMPETENT, 2025, List.of(TERM), null)).as("the year before the term")
                .isEmpty();
        assertThat(Grounds.ofRating(AnnualRating.INCOMPETENT, 2028, List.of(TERM), null)).as("the year after it")
                .isEmpty();
        assertThat(Grounds.ofRating(AnnualRating.INCOMPETENT, 2026, List.of(), null)).as("no term").isEmpty();
        TermCalendar next = new TermCalendar(YearMonth.of(2028, 1), 24);
        assertThat(Grounds.ofRating(AnnualRating.INCOMPETENT, 2027, List.of(TERM, next), null))
                .as("the last year of a term, rated once the next began").contains(Ground.ANNUAL_RATING);
        assertThat(Grounds.caseFor(Ground.ANNUAL_RATING, true)).isEqualTo(CaseKind.DISMISSAL);
    }

    @Test
    void whileDowngradedOnlyAYearThatEndedAfterTheDowngradeCounts() {
        TermCalendar from2025 = new TermCalendar(YearMonth.of(2025, 7), 24);
        LocalDate downgradedOn = LocalDate.of(2026, 2, 1);
        assertThat(Grounds.ofRating(AnnualRating.INCOMPETENT, 2025, List.of(from2025), downgradedOn))
                .as("a year the down-grade answered").isEmpty();
        assertThat(Grounds.ofRating(AnnualRating.INCOMPETENT, 2026, List.of(from2025), downgradedOn))
                .contains(Ground.ANNUAL_RATING);
        assertThat(Restoration.eligible(AnnualRating.COMPETENT, 2025, downgradedOn, Map.of(), true))
                .as("a passed year before the down-grade restores nothing").isFalse();
        assertThat(Restoration.eligible(AnnualRating.COMPETENT, 2026, downgradedOn, Map.of(), true)).isTrue();
        assertThat(Restoration.eligible(AnnualRating.COMPETENT, 2026, downgradedOn,
                Map.of(new Quarter(2026, 3), true), true)).as("a FAIL since").isFalse();
        assertThat(Restoration.eligible(AnnualRating.COMPETENT, 2026, downgradedOn, Map.of(), false))
                .as("the tasks of the post held short").isFalse();
    }

    @Test
    void twoFailedQuartersInARowCountWhileDowngradedOnlyWhenBothEndedAfterTheDowngrade() {
        Quarter q1 = new Quarter(2026, 1);
        assertThat(Grounds.ofFailedQuarter(null, null)).isEmpty();
        assertThat(Grounds.ofFailedQuarter(q1, null)).contains(Ground.CONSECUTIVE_QUARTER_FAILS);
        assertThat(Grounds.ofFailedQuarter(q1, LocalDate.of(2026, 2, 1))).contains(Ground.CONSECUTIVE_QUARTER_FAILS);
        assertThat(Grounds.ofFailedQuarter(q1, LocalDate.of(2026, 4, 1))).isEmpty();
    }

    @Test
    void aRectificationBegunBeforeTheDowngradeIsNoNewFailure() {
        LocalDate downgraded = LocalDate.of(2026, 7, 28);
        assertThat(Rectifications.failureCounts(LocalDate.of(2026, 4, 15), null)).isTrue();
        assertThat(Rectifications.failureCounts(LocalDate.of(2026, 4, 15), downgraded)).isFalse();
        assertThat(Rectifications.failureCounts(LocalDate.of(2026, 10, 15), downgraded)).isTrue();
    }

    @Test
    void aRectificationRunsThreeMonthsFromTheVerdictAndIsJudgedOnTheNextDueDay() {
        Rectifications.Period period = Rectifications.from(cele, LocalDate.of(2026, 4, 15));
        assertThat(period.endsOn()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(period.judgedOn()).isEqualTo(LocalDate.of(2026, 8, 10));
        assertThat(Rectifications.from(cele, LocalDate.of(2026, 4, 8)).judgedOn()).isEqualTo(LocalDate.of(2026, 7, 10));
    }
}
