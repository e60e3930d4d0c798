package cn.nengshang.ledger.assessment.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.assessment.api.RecordIncident;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.staff.command.StaffFixture;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import static cn.nengshang.ledger.common.Refusals.refusedWith;
import static cn.nengshang.ledger.staff.command.StaffFixture.FIRST_TERM;
import static cn.nengshang.ledger.staff.command.StaffFixture.HOSPITAL;
import static cn.nengshang.ledger.staff.command.StaffFixture.POLICY;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGEON;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGERY;
import static cn.nengshang.ledger.staff.command.StaffFixture.aTermFrom;
import static cn.nengshang.ledger.staff.command.StaffFixture.anAppointedSurgeon;
import static cn.nengshang.ledger.staff.command.StaffFixture.anAssociateSeniorSurgeonRegistered;
import static cn.nengshang.ledger.staff.command.StaffFixture.appointed;
import static cn.nengshang.ledger.staff.command.StaffFixture.commission;
import static cn.nengshang.ledger.staff.command.StaffFixture.downgradedInFebruary;
import static cn.nengshang.ledger.staff.command.StaffFixture.hrCentre;

/** Yearly ratings and incidents, and the grounds they give (DOMAIN §6, §8). */
class AssessmentsTest {

    private static final CaseId FIRST_CASE = new CaseId(SURGEON, 1);

    private FixtureConfiguration<?> fixture;
    /** The commission rates 2026 once it has ended, in the January after. */
    private FixtureConfiguration<?> inJanuary2027;

    @BeforeEach
    void setUp() {
        fixture = StaffFixture.at("2026-05-20T04:00:00Z");
        inJanuary2027 = StaffFixture.at("2027-01-20T04:00:00Z");
    }

    private static RecordIncident incident(IncidentType type, LocalDate on, LocalDate impactUntil) {
        return new RecordIncident(SURGEON, type, on, null, null, impactUntil, "收受红包");
    }

    private static IncidentRecorded recorded(IncidentType type, LocalDate on, LocalDate impactUntil) {
        return new IncidentRecorded(SURGEON, "CL-0001-I1", type, on, null, null, impactUntil, "收受红包", HOSPITAL,
                SURGERY);
    }

    private static CaseOpened opened(CaseId caseId, CaseKind kind, Ground ground, String source, int postGrade) {
        return new CaseOpened(SURGEON, caseId, kind, ground, source, HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR,
                postGrade, null, POLICY);
    }

    @Test
    void theCommissionRatesAYearOnce() {
        inJanuary2027.given(anAssociateSeniorSurgeonRegistered())
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.COMPETENT), commission())
                .expectEvents(new AnnualRatingRecorded(SURGEON, 2026, AnnualRating.COMPETENT));
        inJanuary2027.given(anAssociateSeniorSurgeonRegistered(), new AnnualRatingRecorded(SURGEON, 2026,
                        AnnualRating.COMPETENT))
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.EXCELLENT), commission())
                .expectException(refusedWith(ErrorCode.RATING_EXISTS));
        inJanuary2027.given(anAssociateSeniorSurgeonRegistered())
                .when(new RecordAnnualRating(SURGEON, 2027, AnnualRating.COMPETENT), commission())
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "year"));
        fixture.given(anAssociateSeniorSurgeonRegistered())
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.COMPETENT), commission())
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "year")); // the year is not over yet
        inJanuary2027.given(anAssociateSeniorSurgeonRegistered())
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.COMPETENT), hrCentre())
                .expectException(refusedWith(ErrorCode.FORBIDDEN));
    }

    @Test
    void aRatingBelowCompetentOpensADowngradeCase() {
        inJanuary2027.given(anAppointedSurgeon())
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.INCOMPETENT), commission())
                .expectEvents(new AnnualRatingRecorded(SURGEON, 2026, AnnualRating.INCOMPETENT),
                        opened(FIRST_CASE, CaseKind.DOWNGRADE, Ground.ANNUAL_RATING,
                                "annual rating 2026: INCOMPETENT", 6),
                        new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"));
    }

    @Test
    void theLastYearOfATermIsAGroundThoughTheNextTermHasBegun() {
        TermStarted second = new TermStarted(SURGEON, new TermId(SURGEON, 2), POLICY, YearMonth.of(2027, 1), 24, 6,
                Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, true, Baselines.NONE);
        inJanuary2027.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(YearMonth.of(2025, 1)), appointed(),
                        new TermEnded(SURGEON, FIRST_TERM, LocalDate.of(2026, 12, 31), POLICY, Map.of(), true, 6),
                        second)
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.INCOMPETENT), commission())
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.<Object>matches(
                                new AnnualRatingRecorded(SURGEON, 2026, AnnualRating.INCOMPETENT)::equals),
                        Matchers.<Object>matches(e -> e instanceof CaseOpened opened
                                && opened.ground() == Ground.ANNUAL_RATING),
                        Matchers.<Object>matches(e -> e instanceof AppointmentStateChanged),
                        Matchers.andNoMore())));
    }

    @Test
    void aYearBeforeTheTermIsRecordedButIsNoGround() {
        inJanuary2027.given(anAppointedSurgeon())
                .when(new RecordAnnualRating(SURGEON, 2025, AnnualRating.INCOMPETENT), commission())
                .expectEvents(new AnnualRatingRecorded(SURGEON, 2025, AnnualRating.INCOMPETENT));
    }

    @Test
    void whileDowngradedARatingBelowCompetentOpensADismissalCase() {
        inJanuary2027.given(downgradedInFebruary())
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.BASICALLY_COMPETENT), commission())
                .expectEvents(new AnnualRatingRecorded(SURGEON, 2026, AnnualRating.BASICALLY_COMPETENT),
                        opened(new CaseId(SURGEON, 2), CaseKind.DISMISSAL, Ground.ANNUAL_RATING,
                                "annual rating 2026: BASICALLY_COMPETENT", 8),
                        new AppointmentStateChanged(SURGEON, AppointmentState.DOWNGRADED,
                                AppointmentState.UNDER_REVIEW, "case CL-0001-C2 opened"));
    }

    @Test
    void whileDowngradedAPassedYearWithTheTasksShortOpensNothing() {
        inJanuary2027.given(downgradedInFebruary())
                .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.COMPETENT), commission())
                .expectEvents(new AnnualRatingRecorded(SURGEON, 2026, AnnualRating.COMPETENT));
    }

    @Test
    void aMedicalAccidentInTheTermNeedsItsGradeAndResponsibilityAndOpensACase() {
        fixture.given(anAppointedSurgeon())
                .when(new RecordIncident(SURGEON, IncidentType.MEDICAL_ACCIDENT, LocalDate.of(2026, 4, 1), null,
                        null, null, "术后并发症"), hrCentre())
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.given(anAppointedSurgeon())
                .when(new RecordIncident(SURGEON, IncidentType.MEDICAL_ACCIDENT, LocalDate.of(2026, 4, 1), 2,
                        Responsibility.PRIMARY, null, "术后并发症"), hrCentre())
                .expectEvents(new IncidentRecorded(SURGEON, "CL-0001-I1", IncidentType.MEDICAL_ACCIDENT,
                                LocalDate.of(2026, 4, 1), 2, Responsibility.PRIMARY, null, "术后并发症", HOSPITAL,
                                SURGERY),
                        opened(FIRST_CASE, CaseKind.DOWNGRADE, Ground.MEDICAL_ACCIDENT,
                                "incident CL-0001-I1 MEDICAL_ACCIDENT", 6),
                        new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"));
    }

    @Test
    void anIncidentBeforeTheCurrentTermIsRecordedButIsNoGround() {
        LocalDate lastNovember = LocalDate.of(2025, 11, 3);
        fixture.given(anAppointedSurgeon())
                .when(incident(IncidentType.MAJOR_MEDICAL_ERROR, lastNovember, null), hrCentre())
                .expectEvents(recorded(IncidentType.MAJOR_MEDICAL_ERROR, lastNovember, null));
        fixture.given(anAssociateSeniorSurgeonRegistered())
                .when(incident(IncidentType.MAJOR_MEDICAL_ERROR, LocalDate.of(2026, 4, 1), null), hrCentre())
                .expectEvents(recorded(IncidentType.MAJOR_MEDICAL_ERROR, LocalDate.of(2026, 4, 1), null));
    }

    @Test
    void anEthicsViolationNeedsItsImpactPeriodAndIsAGroundOnlyInsideIt() {
        LocalDate april1 = LocalDate.of(2026, 4, 1);
        fixture.given(anAppointedSurgeon())
                .when(incident(IncidentType.ETHICS_VIOLATION, april1, LocalDate.of(2026, 3, 1)), hrCentre())
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        LocalDate over = LocalDate.of(2026, 5, 19);
        fixture.given(anAppointedSurgeon())
                .when(incident(IncidentType.ETHICS_VIOLATION, april1, over), hrCentre())
                .expectEvents(recorded(IncidentType.ETHICS_VIOLATION, april1, over));
        LocalDate running = LocalDate.of(2026, 12, 31);
        fixture.given(anAppointedSurgeon())
                .when(incident(IncidentType.ETHICS_VIOLATION, april1, running), hrCentre())
                .expectEvents(recorded(IncidentType.ETHICS_VIOLATION, april1, running),
                        opened(FIRST_CASE, CaseKind.DOWNGRADE, Ground.ETHICS, "incident CL-0001-I1 ETHICS_VIOLATION",
                                6),
                        new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"));
    }
}
