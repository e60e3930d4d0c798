package cn.nengshang.policy.casework;

import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import cn.nengshang.policy.golden.GoldenScenarios;
import cn.nengshang.policy.rules.PolicyLoader;
import cn.nengshang.policy.rules.Thresholds;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What opens a case, and which kind (DOMAIN §6 and §8), with the Cele 2026 thresholds. */
class GroundsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private final Thresholds cele = PolicyLoader.loadFolder(GoldenScenarios.folder().resolveSibling("policy"))
            .find("cele-2026-v1").orElseThrow().thresholds();

    private static Incident incident(IncidentType type, Integer grade, Responsibility responsibility,
                                     LocalDate impactUntil) {
        return new Incident(type, LocalDate.of(2026, 5, 1), grade, responsibility, impactUntil);
    }

    @Test
    void refusalsAndViolationsCountFromTheSecondInATerm() {
        Incident refusal = incident(IncidentType.DIRECTIVE_REFUSAL, null, null, null);
        assertThat(Grounds.ofIncident(cele, refusal, List.of(), TODAY)).isEmpty();
        assertThat(Grounds.ofIncident(cele, refusal, List.of(refusal), TODAY)).contains(Ground.DIRECTIVE_REFUSALS);
        Incident violation = incident(IncidentType.CORE_SYSTEM_VIOLATION, null, null, null);
        assertThat(Grounds.ofIncident(cele, violation, List.of(refusal), TODAY)).isEmpty();
        assertThat(Grounds.ofIncident(cele, violation, List.of(violation), TODAY))
                .contains(Ground.CORE_SYSTEM_VIOLATIONS);
    }

    @Test
    void accidentsOfGradeTwoOrWorseMajorErrorsAndPrimaryDisputes() {
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_ACCIDENT, 2, Responsibility.SECONDARY, null),
                List.of(), TODAY)).contains(Ground.MEDICAL_ACCIDENT);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_ACCIDENT, 3, Responsibility.PRIMARY, null),
                List.of(), TODAY)).isEmpty();
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MAJOR_MEDICAL_ERROR, null, null, null), List.of(),
                TODAY)).contains(Ground.MEDICAL_ACCIDENT);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_DISPUTE, null, Responsibility.PRIMARY, null),
                List.of(), TODAY)).contains(Ground.MEDICAL_ACCIDENT);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.MEDICAL_DISPUTE, null, Responsibility.MINOR, null),
                List.of(), TODAY)).isEmpty();
    }

    @Test
    void anEthicsViolationCountsOnlyInsideItsImpactPeriod() {
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.ETHICS_VIOLATION, null, null,
                LocalDate.of(2026, 6, 1)), List.of(), TODAY)).contains(Ground.ETHICS);
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.ETHICS_VIOLATION, null, null,
                LocalDate.of(2026, 5, 31)), List.of(), TODAY)).isEmpty();
    }

    @Test
    void fraudAndALeadershipDeterminationAlwaysCount() {
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.FRAUD, null, null, null), List.of(), TODAY))
                .isEqualTo(Optional.of(Ground.FRAUD));
        assertThat(Grounds.ofIncident(cele, incident(IncidentType.LEADERSHIP_DETERMINATION, null, null, null),
                List.of(), TODAY)).isEqualTo(Optional.of(Ground.LEADERSHIP));
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
    void aRectificationBegunBeforeTheDowngradeIsNoNewFailure() {
        LocalDate downgraded = LocalDate.of(2026, 7, 28);
        assertThat(Grounds.rectificationFailureCounts(LocalDate.of(2026, 4, 15), null)).isTrue();
        assertThat(Grounds.rectificationFailureCounts(LocalDate.of(2026, 4, 15), downgraded)).isFalse();
        assertThat(Grounds.rectificationFailureCounts(LocalDate.of(2026, 10, 15), downgraded)).isTrue();
    }
}
