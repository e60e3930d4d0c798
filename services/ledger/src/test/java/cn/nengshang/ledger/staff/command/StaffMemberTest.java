package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.staff.api.AppointmentState;
import cn.nengshang.ledger.staff.api.AppointmentStateChanged;
import cn.nengshang.ledger.staff.api.CaseOpened;
import cn.nengshang.ledger.staff.api.RectificationStarted;
import cn.nengshang.ledger.staff.api.CaseConcludedOnRecord;
import cn.nengshang.ledger.staff.api.CaseOutcome;
import cn.nengshang.ledger.staff.api.CheckMonthlyReport;
import cn.nengshang.ledger.staff.api.ConcludeCase;
import cn.nengshang.ledger.staff.api.EndTerm;
import cn.nengshang.ledger.staff.api.GroundFound;
import cn.nengshang.ledger.staff.api.JudgeRectification;
import cn.nengshang.ledger.staff.api.MonthlyReportOverdue;
import cn.nengshang.ledger.staff.api.OpenCase;
import cn.nengshang.ledger.staff.api.PostGradeChanged;
import cn.nengshang.ledger.staff.api.RectificationJudged;
import cn.nengshang.ledger.staff.api.TermEnded;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import java.util.Arrays;
import java.util.List;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.assessment.api.RecordIncident;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.term.api.AchievementRecorded;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.ExemptWeek;
import cn.nengshang.ledger.term.api.MenteeAssessed;
import cn.nengshang.ledger.term.api.MenteeRegistered;
import cn.nengshang.ledger.term.api.MenteeReplaced;
import cn.nengshang.ledger.term.api.ProjectRecorded;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.ReplaceMentee;
import cn.nengshang.ledger.term.api.WeekExempted;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.facts.ProjectKind;
import cn.nengshang.policy.facts.ProjectRole;
import cn.nengshang.policy.facts.Responsibility;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion.Verdict;
import org.axonframework.messaging.MetaData;
import cn.nengshang.ledger.organisation.OrganisationDirectory;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.rules.PolicyBook;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.staff.api.StartTerm;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.staff.api.TermOpened;
import cn.nengshang.ledger.term.api.MonthlyReportCorrected;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import cn.nengshang.policy.rules.PolicyLoader;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import static cn.nengshang.ledger.common.Refusals.refusedWith;
import static cn.nengshang.ledger.staff.command.StaffFixture.FIRST_TERM;
import static cn.nengshang.ledger.staff.command.StaffFixture.HOSPITAL;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGEON;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGERY;
import static cn.nengshang.ledger.staff.command.StaffFixture.aTermFrom;
import static cn.nengshang.ledger.staff.command.StaffFixture.anAssociateSeniorSurgeonRegistered;
import static cn.nengshang.ledger.staff.command.StaffFixture.hrCentre;
import static cn.nengshang.ledger.staff.command.StaffFixture.medicineDepartment;
import static cn.nengshang.ledger.staff.command.StaffFixture.reportOf;
import static cn.nengshang.ledger.staff.command.StaffFixture.surgeryDepartment;

class StaffMemberTest {

    private static final Path SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));
    /** 2026-05-20 in Cele: April has ended, May has not. */
    private static final Clock MAY_20 = Clock.fixed(Instant.parse("2026-05-20T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private FixtureConfiguration<StaffMember> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAt(MAY_20);
    }

    private static FixtureConfiguration<StaffMember> fixtureAt(Clock clock) {
        OrganisationDirectory organisation = (institution, department) ->
                HOSPITAL.equals(institution) && Set.of(SURGERY, StaffFixture.MEDICINE).contains(department);
        FixtureConfiguration<StaffMember> fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerInjectableResource(SpecialtyCatalogue.load(SEEDS.resolve("catalog/specialties.tsv")));
        fixture.registerInjectableResource(PostGrades.load(SEEDS.resolve("catalog/post-grades.tsv")));
        PolicyBook policies = PolicyLoader.loadFolder(SEEDS.resolve("policy"));
        fixture.registerInjectableResource((PublishedPolicies) () -> policies);
        fixture.registerInjectableResource(new ProgressEvaluator());
        fixture.registerInjectableResource(organisation);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    private static RegisterStaff registerSurgeon(String specialty, String department) {
        return new RegisterStaff(SURGEON, "王建国", HOSPITAL, department, Rank.ASSOCIATE_SENIOR, "副主任医师",
                Profession.CLINICAL, specialty);
    }

    @Nested
    class Registration {

        @Test
        void theHrCentreRegistersASenior() {
            fixture.givenNoPriorActivity()
                    .when(registerSurgeon("0115", SURGERY), hrCentre())
                    .expectEvents(anAssociateSeniorSurgeonRegistered());
        }

        @Test
        void aDepartmentMayNotRegisterStaff() {
            fixture.givenNoPriorActivity()
                    .when(registerSurgeon("0115", SURGERY), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.FORBIDDEN))
                    .expectNoEvents();
        }

        @Test
        void anUnknownSpecialtyOrDepartmentIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(registerSurgeon("9999", "cele-people-hospital.nowhere"), hrCentre())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED))
                    .expectNoEvents();
        }
    }

    @Nested
    class Terms {

        @Test
        void aTermBindsToThePolicyInForceAtItsStart() {
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new StartTerm(SURGEON, JANUARY, null, 6, null), hrCentre())
                    .expectEvents(aTermFrom(JANUARY), new AppointmentStateChanged(SURGEON, null,
                            AppointmentState.APPOINTED, "term CL-0001.T1 started"))
                    .expectResultMessagePayload(new TermOpened(FIRST_TERM, "cele-2026-v1"));
        }

        @Test
        void anAssociateSeniorCannotBeAppointedToAFullSeniorGrade() {
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new StartTerm(SURGEON, JANUARY, 24, 3, null), hrCentre())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED))
                    .expectNoEvents();
        }

        @Test
        void termsOfOnePersonNeverOverlap() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new StartTerm(SURGEON, YearMonth.of(2027, 12), 24, 6, null), hrCentre())
                    .expectException(refusedWith(ErrorCode.TERM_OVERLAPS))
                    .expectNoEvents();
        }

        @Test
        void theNextTermGetsTheNextNumber() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new StartTerm(SURGEON, YearMonth.of(2028, 1), 24, 7, null), hrCentre())
                    .expectResultMessagePayload(new TermOpened(new TermId(SURGEON, 2), "cele-2026-v1"));
        }

        @Test
        void noTermBeforeAnyPolicyWasInForce() {
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new StartTerm(SURGEON, YearMonth.of(2025, 1), 24, 6, null), hrCentre())
                    .expectException(refusedWith(ErrorCode.NO_POLICY_IN_FORCE));
        }

        @Test
        void baselineRatesArePercentages() {
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new StartTerm(SURGEON, JANUARY, 24, 6,
                            new Baselines(null, new BigDecimal("120"), null, null)), hrCentre())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        }
    }

    @Nested
    class MonthlyReports {

        private SubmitMonthlyReport submit(YearMonth month, int n, String reason) {
            return new SubmitMonthlyReport(FIRST_TERM, month, reportOf(n), reason, null);
        }

        @Test
        void theDepartmentLogsAMonthThatHasEnded() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(submit(MARCH, 2, null), surgeryDepartment())
                    .expectEvents(new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2)))
                    .expectResultMessagePayload(new ReportReceipt(ReportReceipt.Outcome.CREATED, 1));
        }

        @Test
        void anIdenticalResubmissionWritesNothing() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2)))
                    .when(submit(MARCH, 2, null), surgeryDepartment())
                    .expectNoEvents()
                    .expectResultMessagePayload(new ReportReceipt(ReportReceipt.Outcome.UNCHANGED, 1));
        }

        @Test
        void aChangedReportIsACorrectionAndNeedsAReason() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2)))
                    .when(submit(MARCH, 3, null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.CORRECTION_REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void aCorrectionWithAReasonReplacesTheReport() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2)))
                    .when(submit(MARCH, 3, "一次教学查房漏记"), surgeryDepartment())
                    .expectEvents(new MonthlyReportCorrected(SURGEON, FIRST_TERM, MARCH, reportOf(3), "一次教学查房漏记"))
                    .expectResultMessagePayload(new ReportReceipt(ReportReceipt.Outcome.CORRECTED, 2));
        }

        @Test
        void aStaleVersionIsRefused() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2)),
                            new MonthlyReportCorrected(SURGEON, FIRST_TERM, MARCH, reportOf(3), "漏记"))
                    .when(new SubmitMonthlyReport(FIRST_TERM, MARCH, reportOf(4), "再次更正", 1), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.PRECONDITION_FAILED))
                    .expectNoEvents();
        }

        @Test
        void aMonthThatHasNotEndedIsRefused() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(submit(YearMonth.of(2026, 5), 2, null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.MONTH_NOT_ENDED))
                    .expectNoEvents();
        }

        @Test
        void aMonthOutsideTheTermIsRefused() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(MARCH))
                    .when(submit(YearMonth.of(2026, 2), 2, null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.MONTH_OUTSIDE_TERM))
                    .expectNoEvents();
        }

        @Test
        void negativeCountsAreRefused() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(submit(MARCH, -1, null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED))
                    .expectNoEvents();
        }

        @Test
        void grassrootsDaysMustLieInTheMonthAndNotRepeat() {
            LocalDate march3 = LocalDate.of(2026, 3, 3);
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new SubmitMonthlyReport(FIRST_TERM, MARCH, reportOf(1, march3, march3,
                            LocalDate.of(2026, 4, 1)), null, null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED))
                    .expectNoEvents();
        }

        @Test
        void anotherDepartmentMayNotLogThisPersonsReport() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(submit(MARCH, 2, null), medicineDepartment())
                    .expectException(refusedWith(ErrorCode.FORBIDDEN))
                    .expectNoEvents();
        }

        @Test
        void theHrCentreMayLogAnyReport() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(submit(MARCH, 2, null), hrCentre())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2)));
        }

        @Test
        void anUnknownTermIsRefused() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new SubmitMonthlyReport(new TermId(SURGEON, 2), MARCH, reportOf(2), null, null),
                            surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.TERM_NOT_FOUND));
        }
    }

    @Nested
    class Registers {

        private final LocalDate march2 = LocalDate.of(2026, 3, 2);

        private MenteeRegistered menteeD1() {
            return new MenteeRegistered(SURGEON, FIRST_TERM, "D1", "阿依古丽", MenteeTrack.DEPARTMENT,
                    new BigDecimal("60"), march2);
        }

        @Test
        void theDepartmentRegistersAMentee() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RegisterMentee(FIRST_TERM, "D1", "阿依古丽", MenteeTrack.DEPARTMENT, new BigDecimal("60"),
                            march2), surgeryDepartment())
                    .expectEvents(menteeD1());
        }

        @Test
        void aMenteeIsRegisteredOnceAndNeedsAPositiveBaselineAndADayInTheTerm() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), menteeD1())
                    .when(new RegisterMentee(FIRST_TERM, "D1", "重复", MenteeTrack.DEPARTMENT, new BigDecimal("50"),
                            march2), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.MENTEE_EXISTS));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RegisterMentee(FIRST_TERM, "D2", "新徒弟", MenteeTrack.DEPARTMENT, BigDecimal.ZERO,
                            LocalDate.of(2025, 12, 1)), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED))
                    .expectNoEvents();
        }

        @Test
        void anAssessmentIsDatedInTheTermAfterTheMenteeJoined() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), menteeD1())
                    .when(new AssessMentee(FIRST_TERM, "D1", LocalDate.of(2026, 3, 1), new BigDecimal("70")),
                            surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), menteeD1())
                    .when(new AssessMentee(FIRST_TERM, "D1", LocalDate.of(2026, 4, 30), new BigDecimal("70")),
                            surgeryDepartment())
                    .expectEvents(new MenteeAssessed(SURGEON, FIRST_TERM, "D1", LocalDate.of(2026, 4, 30),
                            new BigDecimal("70")));
        }

        @Test
        void aReplacementNeedsAReasonAndTheReplacedMenteeIsNoLongerAssessed() {
            MenteeReplaced replaced = new MenteeReplaced(SURGEON, FIRST_TERM, "D1", "调离本院", "D2", "买买提",
                    new BigDecimal("55"), LocalDate.of(2026, 5, 20));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), menteeD1())
                    .when(new ReplaceMentee(FIRST_TERM, "D1", " ", "D2", "买买提", new BigDecimal("55")),
                            surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), menteeD1())
                    .when(new ReplaceMentee(FIRST_TERM, "D1", "调离本院", "D2", "买买提", new BigDecimal("55")),
                            surgeryDepartment())
                    .expectEvents(replaced);
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), menteeD1(), replaced)
                    .when(new AssessMentee(FIRST_TERM, "D1", LocalDate.of(2026, 5, 20), new BigDecimal("70")),
                            surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.MENTEE_REPLACED));
        }

        @Test
        void projectsAndAchievementsAreNumberedInTheTerm() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), menteeD1())
                    .when(new RecordProject(FIRST_TERM, ProjectKind.RESEARCH, Level.COUNTY, ProjectRole.HOST, "县级课题",
                            LocalDate.of(2026, 4, 2)), surgeryDepartment())
                    .expectEvents(new ProjectRecorded(SURGEON, FIRST_TERM, "CL-0001.T1-P2", ProjectKind.RESEARCH,
                            Level.COUNTY, ProjectRole.HOST, "县级课题", LocalDate.of(2026, 4, 2)))
                    .expectResultMessagePayload("CL-0001.T1-P2");
        }

        @Test
        void anAchievementCarriesTheLevelOrValueItsKindNeeds() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RecordAchievement(FIRST_TERM, AchievementKind.KEY_SPECIALTY_DESIGNATED,
                            LocalDate.of(2026, 4, 2), null, null, "县级重点专科"), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RecordAchievement(FIRST_TERM, AchievementKind.QC_PASS_RATE, LocalDate.of(2026, 4, 2),
                            null, new BigDecimal("101"), "质控合格率"), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RecordAchievement(FIRST_TERM, AchievementKind.QC_PASS_RATE, LocalDate.of(2026, 4, 2),
                            Level.NATIONAL, new BigDecimal("96.5"), "质控合格率"), surgeryDepartment())
                    .expectEvents(new AchievementRecorded(SURGEON, FIRST_TERM, "CL-0001.T1-A1",
                            AchievementKind.QC_PASS_RATE, LocalDate.of(2026, 4, 2), null, new BigDecimal("96.5"),
                            "质控合格率"));
        }

        @Test
        void anExemptWeekIsNamedByItsMondayOnce() {
            WeekExempted exempted = new WeekExempted(SURGEON, FIRST_TERM, LocalDate.of(2026, 6, 1), "批准休假");
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new ExemptWeek(FIRST_TERM, LocalDate.of(2026, 6, 3), "批准休假"), surgeryDepartment())
                    .expectEvents(exempted);
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), exempted)
                    .when(new ExemptWeek(FIRST_TERM, LocalDate.of(2026, 6, 5), "批准休假"), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.WEEK_ALREADY_EXEMPT));
        }

        @Test
        void anotherDepartmentKeepsNoRegisterOfThisPerson() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new ExemptWeek(FIRST_TERM, LocalDate.of(2026, 6, 3), "批准休假"), medicineDepartment())
                    .expectException(refusedWith(ErrorCode.FORBIDDEN));
        }
    }

    @Nested
    class QuarterlyVerdicts {

        private final Quarter q1 = new Quarter(2026, 1);

        private MetaData hospital() {
            return StaffFixture.metaData(new Actor("hospital", Set.of(Role.INSTITUTION), HOSPITAL, null));
        }

        @Test
        void theInstitutionRecordsAVerdictLikeTheSuggestion() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), StaffFixture.appointed())
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, q1, Verdict.FAIL, null), hospital())
                    .expectEvents(new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1", Verdict.FAIL,
                                    Verdict.FAIL, null, "cele-2026-v1"),
                            new RectificationStarted(SURGEON, "CL-0001-R1", FIRST_TERM, "2026-Q1",
                                    LocalDate.of(2026, 5, 20), LocalDate.of(2026, 8, 20), LocalDate.of(2026, 9, 10),
                                    Instant.parse("2026-09-10T16:00:00Z")),
                            new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                    AppointmentState.IN_RECTIFICATION, "quarter 2026-Q1 failed"));
        }

        @Test
        void aVerdictUnlikeTheSuggestionNeedsAReason() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, q1, Verdict.PASS, null), hospital())
                    .expectException(refusedWith(ErrorCode.VERDICT_REASON_REQUIRED));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, q1, Verdict.PASS, "新入职科室，首季度按合格"), hospital())
                    .expectEvents(new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1", Verdict.PASS,
                            Verdict.FAIL, "新入职科室，首季度按合格", "cele-2026-v1"));
        }

        @Test
        void onlyAfterTheQuarterOnceAndOnlyByTheOwnInstitution() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, new Quarter(2026, 2), Verdict.FAIL, null), hospital())
                    .expectException(refusedWith(ErrorCode.QUARTER_NOT_ENDED));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1", Verdict.FAIL, Verdict.FAIL,
                                    null, "cele-2026-v1"))
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, q1, Verdict.FAIL, null), hospital())
                    .expectException(refusedWith(ErrorCode.VERDICT_EXISTS));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, q1, Verdict.FAIL, null), StaffFixture.metaData(
                            new Actor("other", Set.of(Role.INSTITUTION), "cele-gulahama-thc", null)))
                    .expectException(refusedWith(ErrorCode.FORBIDDEN));
        }

        @Test
        void afterTheVerdictOnlyTheHrCentreChangesTheQuartersReports() {
            Object[] history = {anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                    new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2)),
                    new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1", Verdict.FAIL, Verdict.FAIL, null,
                            "cele-2026-v1")};
            fixture.given(history)
                    .when(new SubmitMonthlyReport(FIRST_TERM, MARCH, reportOf(3), "补录", null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.REPORT_LOCKED));
            fixture.given(history)
                    .when(new SubmitMonthlyReport(FIRST_TERM, MARCH, reportOf(3), "补录", null), hrCentre())
                    .expectEvents(new MonthlyReportCorrected(SURGEON, FIRST_TERM, MARCH, reportOf(3), "补录"));
        }
    }

    @Nested
    class RatingsAndIncidents {

        private MetaData commission() {
            return StaffFixture.metaData(new Actor("commission", Set.of(Role.COMMISSION), null, null));
        }

        @Test
        void theCommissionRatesAYearOnce() {
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.COMPETENT), commission())
                    .expectEvents(new AnnualRatingRecorded(SURGEON, 2026, AnnualRating.COMPETENT));
            fixture.given(anAssociateSeniorSurgeonRegistered(), new AnnualRatingRecorded(SURGEON, 2026,
                            AnnualRating.COMPETENT))
                    .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.EXCELLENT), commission())
                    .expectException(refusedWith(ErrorCode.RATING_EXISTS));
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new RecordAnnualRating(SURGEON, 2027, AnnualRating.COMPETENT), commission())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.COMPETENT), hrCentre())
                    .expectException(refusedWith(ErrorCode.FORBIDDEN));
        }

        @Test
        void aMedicalAccidentNeedsItsGradeAndResponsibility() {
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new RecordIncident(SURGEON, IncidentType.MEDICAL_ACCIDENT, LocalDate.of(2026, 4, 1), null,
                            null, null, "术后并发症"), hrCentre())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new RecordIncident(SURGEON, IncidentType.MEDICAL_ACCIDENT, LocalDate.of(2026, 4, 1), 2,
                            Responsibility.PRIMARY, null, "术后并发症"), hrCentre())
                    .expectEvents(new IncidentRecorded(SURGEON, "CL-0001-I1", IncidentType.MEDICAL_ACCIDENT,
                                    LocalDate.of(2026, 4, 1), 2, Responsibility.PRIMARY, null, "术后并发症", HOSPITAL,
                                    SURGERY),
                            new CaseOpened(SURGEON, "CL-0001-C1", CaseKind.DOWNGRADE, Ground.MEDICAL_ACCIDENT,
                                    "incident CL-0001-I1 MEDICAL_ACCIDENT", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR,
                                    null, null),
                            new AppointmentStateChanged(SURGEON, null, AppointmentState.UNDER_REVIEW,
                                    "case CL-0001-C1 opened"));
        }

        @Test
        void anEthicsViolationNeedsItsImpactPeriod() {
            fixture.given(anAssociateSeniorSurgeonRegistered())
                    .when(new RecordIncident(SURGEON, IncidentType.ETHICS_VIOLATION, LocalDate.of(2026, 4, 1), null,
                            null, LocalDate.of(2026, 3, 1), "收受红包"), hrCentre())
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        }
    }

    @Nested
    class Casework {

        private final LocalDate april15 = LocalDate.of(2026, 4, 15);
        private final RectificationStarted period = new RectificationStarted(SURGEON, "CL-0001-R1", FIRST_TERM,
                "2026-Q1", april15, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 10),
                Instant.parse("2026-08-10T16:00:00Z"));
        private final QuarterlyVerdictRecorded q1Failed = new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1",
                Verdict.FAIL, Verdict.FAIL, null, "cele-2026-v1");

        private Object[] inRectification() {
            return new Object[] {anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), StaffFixture.appointed(),
                    q1Failed, period, new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                    AppointmentState.IN_RECTIFICATION, "quarter 2026-Q1 failed")};
        }

        private CaseOpened opened(Ground ground, String source, CaseKind kind, int postGrade) {
            return new CaseOpened(SURGEON, "CL-0001-C1", kind, ground, source, HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR,
                    postGrade, null);
        }

        /** The state change that opening case C1 during the rectification makes. */
        private AppointmentStateChanged underReview() {
            return new AppointmentStateChanged(SURGEON, AppointmentState.IN_RECTIFICATION,
                    AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened");
        }

        private Object[] downgradedInRectification() {
            Object[] before = inRectification();
            Object[] after = {opened(Ground.CONSECUTIVE_QUARTER_FAILS, "quarters 2026-Q1 and 2026-Q2 failed",
                    CaseKind.DOWNGRADE, 6),
                    underReview(),
                    new PostGradeChanged(SURGEON, 6, 8, LocalDate.of(2026, 7, 28), "DOWNGRADED", "CL-0001-C1"),
                    new CaseConcludedOnRecord(SURGEON, "CL-0001-C1", CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 8,
                            LocalDate.of(2026, 7, 28), AppointmentState.DOWNGRADED),
                    new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW, AppointmentState.DOWNGRADED,
                            "case CL-0001-C1 concluded: DOWNGRADED")};
            Object[] all = Arrays.copyOf(before, before.length + after.length);
            System.arraycopy(after, 0, all, before.length, after.length);
            return all;
        }

        private static Matcher<Object> judgedFailedShortOn(String task) {
            return Matchers.matches(e -> e instanceof RectificationJudged j && !j.passed()
                    && j.shortTasks().contains(task));
        }

        @Test
        void aSecondFailedQuarterInARowOpensADowngradeCaseWhileTheRectificationRuns() {
            Clock july15 = Clock.fixed(Instant.parse("2026-07-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
            fixtureAt(july15).given(inRectification())
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, new Quarter(2026, 2), Verdict.FAIL, null),
                            StaffFixture.metaData(new Actor("hospital", Set.of(Role.INSTITUTION), HOSPITAL, null)))
                    .expectEvents(new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q2", Verdict.FAIL,
                                    Verdict.FAIL, null, "cele-2026-v1"),
                            opened(Ground.CONSECUTIVE_QUARTER_FAILS, "quarters 2026-Q1 and 2026-Q2 failed",
                                    CaseKind.DOWNGRADE, 6),
                            underReview());
        }

        @Test
        void aRectificationStillShortFailsAndOpensADowngradeCase() {
            fixture.given(inRectification())
                    .when(new JudgeRectification(SURGEON, "CL-0001-R1"))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            judgedFailedShortOn("B7"),
                            Matchers.equalTo(new AppointmentStateChanged(SURGEON, AppointmentState.IN_RECTIFICATION,
                                    AppointmentState.APPOINTED, "rectification CL-0001-R1 judged")),
                            Matchers.matches(e -> e instanceof CaseOpened c && c.kind() == CaseKind.DOWNGRADE
                                    && c.ground() == Ground.RECTIFICATION_FAILED),
                            Matchers.equalTo(new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                    AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened")),
                            Matchers.andNoMore())));
        }

        @Test
        void aRectificationIsJudgedOnce() {
            Object[] judged = Arrays.copyOf(inRectification(), inRectification().length + 1);
            judged[judged.length - 1] = new RectificationJudged(SURGEON, "CL-0001-R1", FIRST_TERM, true, List.of(),
                    "cele-2026-v1");
            fixture.given(judged).when(new JudgeRectification(SURGEON, "CL-0001-R1")).expectNoEvents();
        }

        @Test
        void aRectificationBegunBeforeTheDowngradeIsRecordedButIsNoNewFailure() {
            fixture.given(downgradedInRectification())
                    .when(new JudgeRectification(SURGEON, "CL-0001-R1"))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            judgedFailedShortOn("B7"), Matchers.andNoMore())));
        }

        @Test
        void aFailingRatingWhileDowngradedOpensADismissalCase() {
            fixture.given(downgradedInRectification())
                    .when(new RecordAnnualRating(SURGEON, 2026, AnnualRating.BASICALLY_COMPETENT),
                            StaffFixture.metaData(new Actor("commission", Set.of(Role.COMMISSION), null, null)))
                    .expectEvents(new AnnualRatingRecorded(SURGEON, 2026, AnnualRating.BASICALLY_COMPETENT),
                            new CaseOpened(SURGEON, "CL-0001-C2", CaseKind.DISMISSAL, Ground.FAILED_WHILE_DOWNGRADED,
                                    "annual rating 2026: BASICALLY_COMPETENT", HOSPITAL, SURGERY,
                                    Rank.ASSOCIATE_SENIOR, 8, null),
                            new AppointmentStateChanged(SURGEON, AppointmentState.DOWNGRADED,
                                    AppointmentState.UNDER_REVIEW, "case CL-0001-C2 opened"));
        }

        @Test
        void theHrCentreOpensACaseByHandButNeverASecondOne() {
            Object[] given = {anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), StaffFixture.appointed()};
            fixture.given(given)
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(Ground.LEADERSHIP, Ground.FRAUD), "领导小组认定"),
                            hrCentre())
                    .expectEvents(new CaseOpened(SURGEON, "CL-0001-C1", CaseKind.DOWNGRADE, Ground.LEADERSHIP,
                                    "opened by hand: 领导小组认定", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR, 6, "领导小组认定"),
                            new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                    AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"),
                            new GroundFound(SURGEON, "CL-0001-C1", Ground.FRAUD, "opened by hand"));
            fixture.given(given)
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(), null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.FORBIDDEN));
            fixture.given(inRectification())
                    .andGiven(opened(Ground.RECTIFICATION_FAILED, "rectification", CaseKind.DOWNGRADE, 6))
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(), null), hrCentre())
                    .expectException(refusedWith(ErrorCode.CASE_ALREADY_OPEN));
        }

        @Test
        void aConcludedDowngradeChangesThePostGradeAndTheState() {
            fixture.given(inRectification())
                    .andGiven(opened(Ground.RECTIFICATION_FAILED, "rectification", CaseKind.DOWNGRADE, 6),
                            underReview())
                    .when(new ConcludeCase(SURGEON, "CL-0001-C1", CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 8,
                            LocalDate.of(2026, 7, 28)))
                    .expectEvents(new PostGradeChanged(SURGEON, 6, 8, LocalDate.of(2026, 7, 28), "DOWNGRADED",
                                    "CL-0001-C1"),
                            new CaseConcludedOnRecord(SURGEON, "CL-0001-C1", CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED,
                                    8, LocalDate.of(2026, 7, 28), AppointmentState.DOWNGRADED),
                            new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                                    AppointmentState.DOWNGRADED, "case CL-0001-C1 concluded: DOWNGRADED"));
        }

        @Test
        void aCaseWithNoChangeLeavesThePersonWhereTheyWere() {
            fixture.given(inRectification())
                    .andGiven(opened(Ground.LEADERSHIP, "by hand", CaseKind.DOWNGRADE, 6),
                            underReview())
                    .when(new ConcludeCase(SURGEON, "CL-0001-C1", CaseKind.DOWNGRADE, CaseOutcome.NO_CHANGE, null,
                            LocalDate.of(2026, 5, 20)))
                    .expectEvents(new CaseConcludedOnRecord(SURGEON, "CL-0001-C1", CaseKind.DOWNGRADE,
                                    CaseOutcome.NO_CHANGE, null, LocalDate.of(2026, 5, 20),
                                    AppointmentState.IN_RECTIFICATION),
                            new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                                    AppointmentState.IN_RECTIFICATION, "case CL-0001-C1 concluded: NO_CHANGE"));
            fixture.given(inRectification())
                    .when(new ConcludeCase(SURGEON, "CL-0001-C9", CaseKind.DOWNGRADE, CaseOutcome.NO_CHANGE, null,
                            LocalDate.of(2026, 5, 20)))
                    .expectNoEvents();
        }

        @Test
        void aMissingReportPastItsDueDayIsRecordedOverdue() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new MonthlyReportSubmitted(SURGEON, FIRST_TERM, JANUARY, reportOf(1)))
                    .when(new CheckMonthlyReport(FIRST_TERM, YearMonth.of(2026, 2)))
                    .expectEvents(new MonthlyReportOverdue(SURGEON, FIRST_TERM, YearMonth.of(2026, 2),
                            LocalDate.of(2026, 3, 10), HOSPITAL, SURGERY));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new MonthlyReportSubmitted(SURGEON, FIRST_TERM, JANUARY, reportOf(1)))
                    .when(new CheckMonthlyReport(FIRST_TERM, JANUARY))
                    .expectNoEvents();
        }

        @Test
        void aTermEndingWithTasksUnmetOpensACaseInsteadOfReappointing() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(YearMonth.of(2024, 1)),
                            StaffFixture.appointed())
                    .when(new EndTerm(FIRST_TERM))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            Matchers.matches(e -> e instanceof TermEnded t && !t.allMet()
                                    && t.reappointedPostGrade() == null && "FAILED".equals(t.results().get("B1"))
                                    && t.lastDay().equals(LocalDate.of(2025, 12, 31))),
                            Matchers.matches(e -> e instanceof CaseOpened c && c.ground() == Ground.TERM_TASKS_UNMET),
                            Matchers.matches(e -> e instanceof AppointmentStateChanged),
                            Matchers.andNoMore())));
        }
    }
}
