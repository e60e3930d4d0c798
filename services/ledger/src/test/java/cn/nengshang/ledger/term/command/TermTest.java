package cn.nengshang.ledger.term.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.staff.command.StaffFixture;
import cn.nengshang.ledger.term.api.AchievementRecorded;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.CheckMonthlyReport;
import cn.nengshang.ledger.term.api.EndTerm;
import cn.nengshang.ledger.term.api.ExemptWeek;
import cn.nengshang.ledger.term.api.JudgeRectification;
import cn.nengshang.ledger.term.api.MenteeAssessed;
import cn.nengshang.ledger.term.api.MenteeRegistered;
import cn.nengshang.ledger.term.api.MenteeReplaced;
import cn.nengshang.ledger.term.api.MonthlyReportCorrected;
import cn.nengshang.ledger.term.api.MonthlyReportOverdue;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.TermMonthClosed;
import cn.nengshang.ledger.term.api.ProjectRecorded;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.ReplaceMentee;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.term.api.WeekExempted;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.facts.ProjectKind;
import cn.nengshang.policy.facts.ProjectRole;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion.Verdict;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import static cn.nengshang.ledger.common.Refusals.refusedWith;
import static cn.nengshang.ledger.staff.command.StaffFixture.FIRST_TERM;
import static cn.nengshang.ledger.staff.command.StaffFixture.HOSPITAL;
import static cn.nengshang.ledger.staff.command.StaffFixture.JANUARY;
import static cn.nengshang.ledger.staff.command.StaffFixture.POLICY;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGEON;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGERY;
import static cn.nengshang.ledger.staff.command.StaffFixture.aTermFrom;
import static cn.nengshang.ledger.staff.command.StaffFixture.anAppointedSurgeon;
import static cn.nengshang.ledger.staff.command.StaffFixture.anAssociateSeniorSurgeonRegistered;
import static cn.nengshang.ledger.staff.command.StaffFixture.appointed;
import static cn.nengshang.ledger.staff.command.StaffFixture.concat;
import static cn.nengshang.ledger.staff.command.StaffFixture.downgradedInFebruary;
import static cn.nengshang.ledger.staff.command.StaffFixture.downgradedOn;
import static cn.nengshang.ledger.staff.command.StaffFixture.hospital;
import static cn.nengshang.ledger.staff.command.StaffFixture.hrCentre;
import static cn.nengshang.ledger.staff.command.StaffFixture.medicineDepartment;
import static cn.nengshang.ledger.staff.command.StaffFixture.reportOf;
import static cn.nengshang.ledger.staff.command.StaffFixture.submitted;
import static cn.nengshang.ledger.staff.command.StaffFixture.surgeryDepartment;

/** A term of the record: its reports, registers, verdicts, rectification periods and end (DOMAIN §4-§6, §8). */
class TermTest {

    private static final String MAY_20 = "2026-05-20T04:00:00Z";
    private static final String JULY_15 = "2026-07-15T02:00:00Z";
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final CaseId FIRST_CASE = new CaseId(SURGEON, 1);

    private FixtureConfiguration<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = StaffFixture.at(MAY_20);
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
                    .expectEvents(submitted(MARCH, reportOf(2)))
                    .expectResultMessagePayload(new ReportReceipt(ReportReceipt.Outcome.CREATED, 1));
        }

        @Test
        void anIdenticalResubmissionWritesNothing() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            submitted(MARCH, reportOf(2)))
                    .when(submit(MARCH, 2, null), surgeryDepartment())
                    .expectNoEvents()
                    .expectResultMessagePayload(new ReportReceipt(ReportReceipt.Outcome.UNCHANGED, 1));
        }

        @Test
        void aChangedReportIsACorrectionAndNeedsAReason() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            submitted(MARCH, reportOf(2)))
                    .when(submit(MARCH, 3, null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.CORRECTION_REASON_REQUIRED))
                    .expectNoEvents();
        }

        @Test
        void aCorrectionWithAReasonReplacesTheReport() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            submitted(MARCH, reportOf(2)))
                    .when(submit(MARCH, 3, "一次教学查房漏记"), surgeryDepartment())
                    .expectEvents(new MonthlyReportCorrected(SURGEON, FIRST_TERM, MARCH, reportOf(3), "一次教学查房漏记"))
                    .expectResultMessagePayload(new ReportReceipt(ReportReceipt.Outcome.CORRECTED, 2));
        }

        @Test
        void aStaleVersionIsRefused() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            submitted(MARCH, reportOf(2)),
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
                    .expectEvents(submitted(MARCH, reportOf(2)));
        }

        @Test
        void anUnknownTermIsRefused() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY))
                    .when(new SubmitMonthlyReport(new TermId(SURGEON, 2), MARCH, reportOf(2), null, null),
                            surgeryDepartment())
                    .expectException(AggregateEntityNotFoundException.class); // answered TERM_NOT_FOUND over HTTP
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


        @Test
        void theInstitutionRecordsAVerdictLikeTheSuggestion() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), appointed())
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
                    submitted(MARCH, reportOf(2)),
                    new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1", Verdict.FAIL, Verdict.FAIL, null,
                            "cele-2026-v1")};
            fixture.given(history)
                    .when(new SubmitMonthlyReport(FIRST_TERM, MARCH, reportOf(3), "补录", null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.REPORT_LOCKED));
            fixture.given(history)
                    .when(new SubmitMonthlyReport(FIRST_TERM, MARCH, reportOf(3), "补录", null), hrCentre())
                    .expectEvents(new MonthlyReportCorrected(SURGEON, FIRST_TERM, MARCH, reportOf(3), "补录"));
        }

        @Test
        void aFirstReportArrivingAfterTheVerdictIsAcceptedAndMarkedLateAndTheVerdictStands() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY),
                            new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1", Verdict.FAIL, Verdict.FAIL,
                                    null, POLICY))
                    .when(new SubmitMonthlyReport(FIRST_TERM, MARCH, reportOf(2), null, null), surgeryDepartment())
                    .expectEvents(new MonthlyReportSubmitted(SURGEON, FIRST_TERM, MARCH, reportOf(2), true))
                    .expectResultMessagePayload(new ReportReceipt(ReportReceipt.Outcome.CREATED, 1));
        }
    }


    @Nested
    class Rectification {

        private final LocalDate april15 = LocalDate.of(2026, 4, 15);
        private final RectificationStarted period = new RectificationStarted(SURGEON, "CL-0001-R1", FIRST_TERM,
                "2026-Q1", april15, LocalDate.of(2026, 7, 15), LocalDate.of(2026, 8, 10),
                Instant.parse("2026-08-10T16:00:00Z"));
        private final QuarterlyVerdictRecorded q1Failed = new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q1",
                Verdict.FAIL, Verdict.FAIL, null, POLICY);

        private Object[] inRectification() {
            return concat(anAppointedSurgeon(), q1Failed, period, new AppointmentStateChanged(SURGEON,
                    AppointmentState.APPOINTED, AppointmentState.IN_RECTIFICATION, "quarter 2026-Q1 failed"));
        }

        private CaseOpened opened(CaseId caseId, Ground ground, String source, CaseKind kind, int postGrade) {
            return new CaseOpened(SURGEON, caseId, kind, ground, source, HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR,
                    postGrade, null, POLICY);
        }

        private Matcher<Object> judgedFailedShortOn(String task) {
            return Matchers.matches(e -> e instanceof RectificationJudged j && !j.passed()
                    && j.shortTasks().contains(task));
        }

        @Test
        void aSecondFailedQuarterInARowOpensADowngradeCaseWhileTheRectificationRuns() {
            StaffFixture.at(JULY_15).given(inRectification())
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, new Quarter(2026, 2), Verdict.FAIL, null), hospital())
                    .expectEvents(new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q2", Verdict.FAIL,
                                    Verdict.FAIL, null, POLICY),
                            opened(FIRST_CASE, Ground.CONSECUTIVE_QUARTER_FAILS, "quarters 2026-Q1 and 2026-Q2 failed",
                                    CaseKind.DOWNGRADE, 6),
                            new AppointmentStateChanged(SURGEON, AppointmentState.IN_RECTIFICATION,
                                    AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"));
        }

        @Test
        void aRectificationStillShortFailsAndOpensADowngradeCaseUnderTheTermsPolicy() {
            fixture.given(inRectification())
                    .when(new JudgeRectification(SURGEON, "CL-0001-R1"))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            judgedFailedShortOn("B7"),
                            Matchers.equalTo(new AppointmentStateChanged(SURGEON, AppointmentState.IN_RECTIFICATION,
                                    AppointmentState.APPOINTED, "rectification CL-0001-R1 judged")),
                            Matchers.matches(e -> e instanceof CaseOpened c && c.kind() == CaseKind.DOWNGRADE
                                    && c.ground() == Ground.RECTIFICATION_FAILED && POLICY.equals(c.policyId())),
                            Matchers.equalTo(new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                    AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened")),
                            Matchers.andNoMore())));
        }

        @Test
        void aRectificationIsJudgedOnce() {
            Object[] judged = concat(inRectification(), new RectificationJudged(SURGEON, "CL-0001-R1", FIRST_TERM,
                    true, List.of(), POLICY));
            fixture.given(judged).when(new JudgeRectification(SURGEON, "CL-0001-R1")).expectNoEvents();
        }

        @Test
        void aRectificationBegunBeforeTheDowngradeIsRecordedButIsNoNewFailure() {
            Object[] downgraded = concat(inRectification(),
                    downgradedOn(LocalDate.of(2026, 7, 28), AppointmentState.IN_RECTIFICATION));
            fixture.given(downgraded)
                    .when(new JudgeRectification(SURGEON, "CL-0001-R1"))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            judgedFailedShortOn("B7"), Matchers.andNoMore())));
        }

        @Test
        void whileDowngradedAFailedQuarterStartsARectificationLikeAnyones() {
            StaffFixture.at(JULY_15).given(downgradedInFebruary())
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, new Quarter(2026, 2), Verdict.FAIL, null), hospital())
                    .expectEvents(new QuarterlyVerdictRecorded(SURGEON, FIRST_TERM, "2026-Q2", Verdict.FAIL,
                                    Verdict.FAIL, null, POLICY),
                            new RectificationStarted(SURGEON, "CL-0001-R1", FIRST_TERM, "2026-Q2",
                                    LocalDate.of(2026, 7, 15), LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 10),
                                    Instant.parse("2026-11-10T16:00:00Z")));
        }

        @Test
        void whileDowngradedAFailedRectificationOpensADismissalCase() {
            Object[] given = concat(downgradedInFebruary(), q1Failed, period);
            fixture.given(given)
                    .when(new JudgeRectification(SURGEON, "CL-0001-R1"))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            judgedFailedShortOn("B7"),
                            Matchers.matches(e -> e instanceof CaseOpened c && c.kind() == CaseKind.DISMISSAL
                                    && c.ground() == Ground.RECTIFICATION_FAILED && c.postGrade() == 8
                                    && c.caseId().equals(new CaseId(SURGEON, 2))),
                            Matchers.equalTo(new AppointmentStateChanged(SURGEON, AppointmentState.DOWNGRADED,
                                    AppointmentState.UNDER_REVIEW, "case CL-0001-C2 opened")),
                            Matchers.andNoMore())));
        }

        @Test
        void whileDowngradedTwoFailedQuartersInARowOpenADismissalCase() {
            Object[] given = concat(downgradedInFebruary(), q1Failed, period);
            StaffFixture.at(JULY_15).given(given)
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, new Quarter(2026, 2), Verdict.FAIL, null), hospital())
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            Matchers.matches(e -> e instanceof QuarterlyVerdictRecorded v && v.verdict() == Verdict.FAIL),
                            Matchers.matches(e -> e instanceof CaseOpened c && c.kind() == CaseKind.DISMISSAL
                                    && c.ground() == Ground.CONSECUTIVE_QUARTER_FAILS),
                            Matchers.matches(e -> e instanceof AppointmentStateChanged s
                                    && s.to() == AppointmentState.UNDER_REVIEW),
                            Matchers.andNoMore())));
        }

        @Test
        void aFailedQuarterBeforeTheDowngradeAndOneAfterAreNoPair() {
            Object[] given = concat(anAppointedSurgeon(), q1Failed, period,
                    new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED, AppointmentState.IN_RECTIFICATION,
                            "quarter 2026-Q1 failed"),
                    new RectificationJudged(SURGEON, "CL-0001-R1", FIRST_TERM, false, List.of("B7"), POLICY));
            given = concat(given, downgradedOn(LocalDate.of(2026, 6, 1), AppointmentState.IN_RECTIFICATION));
            StaffFixture.at(JULY_15).given(given)
                    .when(new RecordQuarterlyVerdict(FIRST_TERM, new Quarter(2026, 2), Verdict.FAIL, null), hospital())
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            Matchers.matches(e -> e instanceof QuarterlyVerdictRecorded),
                            Matchers.matches(e -> e instanceof RectificationStarted r
                                    && r.rectificationId().equals("CL-0001-R2")),
                            Matchers.andNoMore())));
        }
    }

    @Nested
    class Deadlines {

        @Test
        void aMonthClosesAtItsDueDayAndAMissingReportIsRecordedOverdue() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), submitted(JANUARY, reportOf(1)))
                    .when(new CheckMonthlyReport(FIRST_TERM, YearMonth.of(2026, 2)))
                    .expectEvents(new TermMonthClosed(SURGEON, FIRST_TERM, YearMonth.of(2026, 2)),
                            new MonthlyReportOverdue(SURGEON, FIRST_TERM, YearMonth.of(2026, 2),
                                    LocalDate.of(2026, 3, 10), HOSPITAL, SURGERY));
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), submitted(JANUARY, reportOf(1)))
                    .when(new CheckMonthlyReport(FIRST_TERM, JANUARY))
                    .expectEvents(new TermMonthClosed(SURGEON, FIRST_TERM, JANUARY));
        }

        @Test
        void aTermEndingWithTasksUnmetOpensACaseInsteadOfReappointing() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(YearMonth.of(2024, 1)), appointed())
                    .when(new EndTerm(FIRST_TERM))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            Matchers.matches(e -> e instanceof TermEnded t && !t.allMet()
                                    && t.reappointedPostGrade() == null && "FAILED".equals(t.results().get("B1"))
                                    && "MET".equals(t.results().get("Q1"))
                                    && t.lastDay().equals(LocalDate.of(2025, 12, 31))),
                            Matchers.matches(e -> e instanceof CaseOpened c && c.ground() == Ground.TERM_TASKS_UNMET),
                            Matchers.matches(e -> e instanceof AppointmentStateChanged),
                            Matchers.andNoMore())));
        }

        @Test
        void theTermsEndCountsTheDepartmentsIncidentsForQ1AsProgressDoes() {
            Incident colleaguesAccident = new Incident(IncidentType.MEDICAL_ACCIDENT, LocalDate.of(2025, 6, 1), 2,
                    null, null);
            StaffFixture.at(StaffFixture.clock(MAY_20), List.of(colleaguesAccident))
                    .given(anAssociateSeniorSurgeonRegistered(), aTermFrom(YearMonth.of(2024, 1)), appointed())
                    .when(new EndTerm(FIRST_TERM))
                    .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                            Matchers.matches(e -> e instanceof TermEnded t && "FAILED".equals(t.results().get("Q1"))),
                            Matchers.matches(e -> e instanceof CaseOpened),
                            Matchers.matches(e -> e instanceof AppointmentStateChanged),
                            Matchers.andNoMore())));
        }

        @Test
        void aTermIsEndedOnce() {
            fixture.given(anAssociateSeniorSurgeonRegistered(), aTermFrom(YearMonth.of(2024, 1)), appointed(),
                            new TermEnded(SURGEON, FIRST_TERM, LocalDate.of(2025, 12, 31), POLICY, java.util.Map.of(),
                                    false, null))
                    .when(new EndTerm(FIRST_TERM))
                    .expectNoEvents();
        }
    }
}
