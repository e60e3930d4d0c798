package cn.nengshang.ledger.casework.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.casework.api.AgreementSigned;
import cn.nengshang.ledger.casework.api.AnswerObjection;
import cn.nengshang.ledger.casework.api.ApproveCase;
import cn.nengshang.ledger.casework.api.AssessCase;
import cn.nengshang.ledger.casework.api.CaseApproved;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.CaseEvent;
import cn.nengshang.ledger.casework.api.CaseCarriedOver;
import cn.nengshang.ledger.casework.api.CarryOverCase;
import cn.nengshang.ledger.casework.api.CaseAssessed;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.CaseOutcome;
import cn.nengshang.ledger.casework.api.CaseProposed;
import cn.nengshang.ledger.casework.api.CaseWithdrawn;
import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.DecideCase;
import cn.nengshang.ledger.casework.api.GroundFound;
import cn.nengshang.ledger.casework.api.NoticeClosed;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.casework.api.OpenCase;
import cn.nengshang.ledger.casework.api.ProposeCase;
import cn.nengshang.ledger.casework.api.Qualification;
import cn.nengshang.ledger.casework.api.QualificationReviewed;
import cn.nengshang.ledger.casework.api.ReviewQualification;
import cn.nengshang.ledger.casework.api.SignAgreement;
import cn.nengshang.ledger.casework.api.StartNotice;
import cn.nengshang.ledger.casework.api.WithdrawCase;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.staff.command.StaffFixture;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Decision;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static cn.nengshang.ledger.common.Refusals.refusedWith;
import static cn.nengshang.ledger.staff.command.StaffFixture.HOSPITAL;
import static cn.nengshang.ledger.staff.command.StaffFixture.POLICY;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGEON;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGERY;
import static cn.nengshang.ledger.staff.command.StaffFixture.anAppointedSurgeon;
import static cn.nengshang.ledger.staff.command.StaffFixture.as;
import static cn.nengshang.ledger.staff.command.StaffFixture.concat;
import static cn.nengshang.ledger.staff.command.StaffFixture.hrCentre;
import static cn.nengshang.ledger.staff.command.StaffFixture.surgeryDepartment;

/** A case through the procedure (DOMAIN §7), inside the person's record. */
class CaseFileTest {

    private static final CaseId CASE = new CaseId(SURGEON, 1);
    /** 2026-06-24 in Cele: after the notice of 15-22 June. */
    private static final String JUNE_24 = "2026-06-24T02:00:00Z";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 24);

    private static final MetaData BRANCH = as("branch-secretary", Role.PARTY_BRANCH, HOSPITAL, null);
    private static final MetaData HR = as("hr-officer", Role.HR_CENTER, null, null);
    private static final MetaData ASSESSOR = as("commission-assessor", Role.COMMISSION, null, null);
    private static final MetaData APPROVER = as("commission-director", Role.COMMISSION, null, null);
    private static final MetaData COMMITTEE = as("committee-secretary", Role.PARTY_COMMITTEE, null, null);
    private static final MetaData HOSPITAL_OFFICE = as("hospital-office", Role.INSTITUTION, HOSPITAL, null);

    private FixtureConfiguration<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = StaffFixture.at(JUNE_24);
    }

    private static CaseOpened opened() {
        return new CaseOpened(SURGEON, CASE, CaseKind.DOWNGRADE, Ground.CONSECUTIVE_QUARTER_FAILS,
                "quarters 2026-Q1 and 2026-Q2 failed", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR, 6, null, POLICY);
    }

    private static Object[] open() {
        return concat(anAppointedSurgeon(), opened(), new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"));
    }

    private static CaseProposed proposed() {
        return new CaseProposed(CASE, SURGEON, "两个季度考核不合格", List.of("季度考核表"), "branch-secretary");
    }

    private static Object[] qualified() {
        return concat(open(), proposed(), new QualificationReviewed(CASE, SURGEON, Qualification.CONFIRMED, ""));
    }

    private static CaseAssessed assessed() {
        return new CaseAssessed(CASE, SURGEON, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1"), new BigDecimal("62.50"),
                "commission-assessor");
    }

    private static CommitteeDecided downgradeTo(int grade) {
        return new CommitteeDecided(CASE, SURGEON, 9, 7, 6, Decision.DOWNGRADE, grade);
    }

    private static Object[] decided() {
        return concat(qualified(), assessed(), downgradeTo(9));
    }

    private static NoticeStarted notice() {
        return new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22), 5);
    }

    private static ObjectionRaised objection() {
        return new ObjectionRaised(CASE, SURGEON, CASE + "-O1", "数据有误", "colleague");
    }

    private static Object[] closed() {
        return concat(decided(), notice(), new NoticeClosed(CASE, SURGEON, LocalDate.of(2026, 6, 23)));
    }

    private static Object[] approved() {
        return concat(closed(), new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"));
    }

    @Nested
    class Opening {

        @Test
        void theHrCentreOpensACaseByHandUnderTheCurrentTermsPolicyButNeverASecondOne() {
            fixture.given(anAppointedSurgeon())
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(Ground.LEADERSHIP, Ground.FRAUD),
                            "领导小组认定"), hrCentre())
                    .expectEvents(new CaseOpened(SURGEON, CASE, CaseKind.DOWNGRADE, Ground.LEADERSHIP,
                                    "opened by hand: 领导小组认定", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR, 6,
                                    "领导小组认定", POLICY),
                            new AppointmentStateChanged(SURGEON, AppointmentState.APPOINTED,
                                    AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"),
                            new GroundFound(SURGEON, CASE, Ground.FRAUD, "opened by hand"))
                    .expectResultMessagePayload(CASE);
            fixture.given(anAppointedSurgeon())
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(), null), surgeryDepartment())
                    .expectException(refusedWith(ErrorCode.FORBIDDEN));
            fixture.given(open())
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(), null), hrCentre())
                    .expectException(refusedWith(ErrorCode.CASE_ALREADY_OPEN));
        }

        @Test
        void noCaseIsOpenedOnTheRecordOfAPersonDismissed() {
            Object[] dismissed = concat(anAppointedSurgeon(), new AppointmentStateChanged(SURGEON,
                    AppointmentState.APPOINTED, AppointmentState.DISMISSED, "case CL-0001-C1 concluded: DISMISSED"));
            fixture.given(dismissed)
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(Ground.LEADERSHIP), "再次认定"), hrCentre())
                    .expectException(refusedWith(ErrorCode.PERSON_DISMISSED))
                    .expectNoEvents();
        }

        @Test
        void anUnknownCaseOfTheRecordIsRefused() {
            fixture.given(open())
                    .when(new ProposeCase(new CaseId(SURGEON, 9), "理由", List.of("材料")), BRANCH)
                    .expectException(AggregateEntityNotFoundException.class); // answered CASE_NOT_FOUND over HTTP
        }
    }

    @Nested
    class Steps {

        @Test
        void thePartyBranchOfThePersonsInstitutionProposesWithEvidence() {
            fixture.given(open())
                    .when(new ProposeCase(CASE, "两个季度考核不合格", List.of("季度考核表")), BRANCH)
                    .expectEvents(proposed());
            fixture.given(open())
                    .when(new ProposeCase(CASE, "理由", List.of("材料")), as("other", Role.PARTY_BRANCH, "cele-nur-thc",
                            null))
                    .expectException(refusedWith(ErrorCode.FORBIDDEN));
            fixture.given(open())
                    .when(new ProposeCase(CASE, "理由", List.of()), BRANCH)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "evidence"));
        }

        @Test
        void stepsOutOfOrderAreRefused() {
            fixture.given(open())
                    .when(new DecideCase(CASE, 9, 7, 6, Decision.DOWNGRADE, 9), COMMITTEE)
                    .expectException(refusedWith(ErrorCode.CASE_STATE))
                    .expectNoEvents();
        }

        @Test
        void theQualificationReviewMayReturnOrDismiss() {
            fixture.given(concat(open(), proposed()))
                    .when(new ReviewQualification(CASE, Qualification.DISMISSED, "证据不足"), HR)
                    .expectEvents(new QualificationReviewed(CASE, SURGEON, Qualification.DISMISSED, "证据不足"),
                            new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.NO_CHANGE, null, TODAY,
                                    AppointmentState.APPOINTED),
                            new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                                    AppointmentState.APPOINTED, "case CL-0001-C1 concluded: NO_CHANGE"));
            fixture.given(concat(open(), proposed(),
                            new QualificationReviewed(CASE, SURGEON, Qualification.RETURNED, "补充")))
                    .when(new ProposeCase(CASE, "补充后的理由", List.of("材料", "补充材料")), BRANCH)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void theAssessmentWeighsQuantitativeResultsAtLeastSeventyPercent() {
            fixture.given(qualified())
                    .when(new AssessCase(CASE, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                            new BigDecimal("0.6"), new BigDecimal("0.3"), new BigDecimal("0.1")), ASSESSOR)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "weights.quantitative"));
            fixture.given(qualified())
                    .when(new AssessCase(CASE, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("101"),
                            new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1")), ASSESSOR)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "defence"));
            fixture.given(qualified())
                    .when(new AssessCase(CASE, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                            new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1")), ASSESSOR)
                    .expectEvents(assessed());
        }

        @Test
        void theCommitteeNeedsTwoThirdsPresentTwoThirdsOfThoseInFavourAndAGradeThatFitsTheDecision() {
            Object[] assessed = concat(qualified(), assessed());
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 5, 5, Decision.DOWNGRADE, 9), COMMITTEE)
                    .expectException(refusedWith(ErrorCode.QUORUM_NOT_MET));
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 6, 3, Decision.DOWNGRADE, 9), COMMITTEE)
                    .expectException(refusedWith(ErrorCode.MAJORITY_NOT_REACHED));
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 6, 4, Decision.DOWNGRADE, 6), COMMITTEE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "postGrade"));
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 6, 4, Decision.DISMISS, null), COMMITTEE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "outcome"));
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 6, 4, Decision.DOWNGRADE, 9), COMMITTEE)
                    .expectEvents(new CommitteeDecided(CASE, SURGEON, 9, 6, 4, Decision.DOWNGRADE, 9));
        }

        @Test
        void theCommitteesNumbersHoldTogether() {
            Object[] assessed = concat(qualified(), assessed());
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 10, 7, Decision.DOWNGRADE, 9), COMMITTEE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "present"));
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 6, 7, Decision.DOWNGRADE, 9), COMMITTEE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "inFavour"));
            fixture.given(assessed)
                    .when(new DecideCase(CASE, 9, 7, 7, Decision.NO_CHANGE, 9), COMMITTEE)
                    .expectEvents(new CommitteeDecided(CASE, SURGEON, 9, 7, 7, Decision.NO_CHANGE, null),
                            new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.NO_CHANGE, null, TODAY,
                                    AppointmentState.APPOINTED),
                            new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                                    AppointmentState.APPOINTED, "case CL-0001-C1 concluded: NO_CHANGE"));
        }

        @Test
        void aNoticeStartsFromTodayAndWithinAYear() {
            fixture.given(decided())
                    .when(new StartNotice(CASE, TODAY.minusDays(1)), HR)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "startsOn"));
            fixture.given(decided())
                    .when(new StartNotice(CASE, TODAY.plusYears(1).plusDays(1)), HR)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "startsOn"));
        }

        @Test
        void theNoticeRunsFiveWorkingDaysByTheHolidayCalendar() {
            fixture.given(decided())
                    .when(new StartNotice(CASE, LocalDate.of(2026, 9, 30)), HR)
                    .expectEvents(new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 9, 30),
                            LocalDate.of(2026, 10, 12), 5));
        }

        @Test
        void anObjectionIsAnsweredOnce() {
            fixture.given(concat(decided(), notice(), objection(),
                            new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "已核实", false)))
                    .when(new AnswerObjection(CASE, CASE + "-O1", "再次答复", true), HR)
                    .expectException(refusedWith(ErrorCode.OBJECTION_ANSWERED))
                    .expectNoEvents();
        }

        @Test
        void anOpenObjectionBlocksClosingTheNotice() {
            fixture.given(concat(decided(), notice(), objection()))
                    .when(new CloseNotice(CASE))
                    .expectException(refusedWith(ErrorCode.OBJECTIONS_OPEN));
            fixture.given(concat(decided(), notice()))
                    .when(new CloseNotice(CASE))
                    .expectEvents(new NoticeClosed(CASE, SURGEON, TODAY));
            fixture.given(concat(decided(), notice(), objection()))
                    .when(new AnswerObjection(CASE, CASE + "-O1", "已核实", false), HR)
                    .expectEvents(new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "已核实", false));
        }

        @Test
        void neitherTheProposerNorTheAssessorApproves() {
            fixture.given(closed())
                    .when(new ApproveCase(CASE, true, ""), ASSESSOR)
                    .expectException(refusedWith(ErrorCode.FOUR_EYES));
            fixture.given(closed())
                    .when(new ApproveCase(CASE, true, "同意"), APPROVER)
                    .expectEvents(new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"));
        }

        @Test
        void aRejectedCaseLeavesThePersonWhereTheyWere() {
            fixture.given(closed())
                    .when(new ApproveCase(CASE, false, "证据不足"), APPROVER)
                    .expectEvents(new CaseApproved(CASE, SURGEON, false, "证据不足", "commission-director"),
                            new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.REJECTED, null, TODAY,
                                    AppointmentState.APPOINTED),
                            new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                                    AppointmentState.APPOINTED, "case CL-0001-C1 concluded: REJECTED"));
        }

        @Test
        void theAgreementAtTheDecidedGradeMakesTheDowngradeEffective() {
            fixture.given(approved())
                    .when(new SignAgreement(CASE, TODAY, 8, 24), HOSPITAL_OFFICE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "postGrade"));
            fixture.given(approved())
                    .when(new SignAgreement(CASE, TODAY, 9, 24), HOSPITAL_OFFICE)
                    .expectEvents(new AgreementSigned(CASE, SURGEON, TODAY, 9, 24),
                            new PostGradeChanged(SURGEON, 6, 9, TODAY, "DOWNGRADED",
                                    "CL-0001-C1", true),
                            new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 9,
                                    TODAY, AppointmentState.DOWNGRADED),
                            new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                                    AppointmentState.DOWNGRADED, "case CL-0001-C1 concluded: DOWNGRADED"));
        }

        @Test
        void theAgreementIsSignedOnceApprovedAndNotAheadOfToday() {
            Instant openedAt = Instant.parse("2026-06-10T02:00:00Z");
            Instant approvedAt = Instant.parse("2026-06-23T02:00:00Z");
            fixture.givenCurrentTime(openedAt).andGiven(closed()).andGivenCurrentTime(approvedAt)
                    .andGiven(new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"))
                    .when(new SignAgreement(CASE, LocalDate.of(2026, 6, 22), 9, 24), HOSPITAL_OFFICE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "signedOn", "2026-06-23"));
            fixture.givenCurrentTime(openedAt).andGiven(closed()).andGivenCurrentTime(approvedAt)
                    .andGiven(new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"))
                    .when(new SignAgreement(CASE, LocalDate.of(2026, 6, 23), 9, 24), HOSPITAL_OFFICE)
                    .expectSuccessfulHandlerExecution();
            fixture.given(approved())
                    .when(new SignAgreement(CASE, TODAY.plusDays(1), 9, 24), HOSPITAL_OFFICE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "signedOn"));
        }

        @Test
        void aConcludedCaseTakesNoMoreSteps() {
            Object[] effective = concat(approved(), new AgreementSigned(CASE, SURGEON, TODAY, 9, 24),
                    new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 9,
                            TODAY, AppointmentState.DOWNGRADED));
            fixture.given(effective)
                    .when(new SignAgreement(CASE, TODAY, 9, 24), HOSPITAL_OFFICE)
                    .expectException(refusedWith(ErrorCode.CASE_STATE));
            fixture.given(effective)
                    .when(new WithdrawCase(CASE, "误立"), HR)
                    .expectException(refusedWith(ErrorCode.CASE_STATE));
        }
    }

    /** An upheld objection voids the decision: the committee decides again and a new notice runs (DOMAIN §7). */
    @Nested
    class UpheldObjections {

        private Object[] upheld() {
            return concat(decided(), notice(), objection(),
                    new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "任务完成情况统计有误，异议成立", true));
        }

        @Test
        void anUpheldObjectionSendsTheCaseBackToTheCommittee() {
            fixture.given(upheld())
                    .when(new CloseNotice(CASE))
                    .expectException(refusedWith(ErrorCode.CASE_STATE));
            fixture.given(upheld())
                    .when(new ApproveCase(CASE, true, "同意"), APPROVER)
                    .expectException(refusedWith(ErrorCode.CASE_STATE));
            fixture.given(upheld())
                    .when(new DecideCase(CASE, 9, 7, 6, Decision.DOWNGRADE, 8), COMMITTEE)
                    .expectEvents(new CommitteeDecided(CASE, SURGEON, 9, 7, 6, Decision.DOWNGRADE, 8));
        }

        @Test
        void anObjectionStillOpenIsAnsweredUnderTheNextNoticeBeforeItCloses() {
            ObjectionRaised second = new ObjectionRaised(CASE, SURGEON, CASE + "-O2", "另有异议", "colleague");
            Object[] twoRaised = concat(decided(), notice(), objection(), second,
                    new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "异议成立", true));
            fixture.given(twoRaised)
                    .when(new AnswerObjection(CASE, CASE + "-O2", "已核实", false), HR)
                    .expectException(refusedWith(ErrorCode.CASE_STATE));
            Object[] noticedAgain = concat(twoRaised, downgradeTo(8), new NoticeStarted(CASE, SURGEON,
                    LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22), 5));
            fixture.given(noticedAgain)
                    .when(new CloseNotice(CASE))
                    .expectException(refusedWith(ErrorCode.OBJECTIONS_OPEN));
            fixture.given(noticedAgain)
                    .when(new AnswerObjection(CASE, CASE + "-O1", "再答", false), HR)
                    .expectException(refusedWith(ErrorCode.OBJECTION_NOT_FOUND));
            fixture.given(concat(noticedAgain, new ObjectionAnswered(CASE, SURGEON, CASE + "-O2", "已核实", false)))
                    .when(new CloseNotice(CASE))
                    .expectEvents(new NoticeClosed(CASE, SURGEON, TODAY));
        }

        @Test
        void theNewDecisionNeedsANewNoticeBeforeApproval() {
            Object[] decidedAgain = concat(upheld(), downgradeTo(8));
            fixture.given(decidedAgain)
                    .when(new ApproveCase(CASE, true, "同意"), APPROVER)
                    .expectException(refusedWith(ErrorCode.CASE_STATE));
            fixture.given(decidedAgain)
                    .when(new StartNotice(CASE, LocalDate.of(2026, 6, 29)), HR)
                    .expectEvents(new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 6, 29), LocalDate.of(2026, 7, 3),
                            5));
            Object[] noticedAgain = concat(decidedAgain, new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 6, 15),
                    LocalDate.of(2026, 6, 22), 5));
            fixture.given(noticedAgain)
                    .when(new CloseNotice(CASE))
                    .expectEvents(new NoticeClosed(CASE, SURGEON, TODAY));
            fixture.given(concat(noticedAgain, new NoticeClosed(CASE, SURGEON, TODAY)))
                    .when(new ApproveCase(CASE, true, "同意"), APPROVER)
                    .expectEvents(new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"));
        }

        @Test
        void theAgreementFollowsTheLatestDecision() {
            Object[] approvedAgain = concat(upheld(), downgradeTo(8), notice(),
                    new NoticeClosed(CASE, SURGEON, TODAY),
                    new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"));
            fixture.given(approvedAgain)
                    .when(new SignAgreement(CASE, TODAY, 9, 24), HOSPITAL_OFFICE)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "postGrade"));
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void theHrCentreWithdrawsACaseBeforeApprovalWithAReason() {
            fixture.given(concat(decided(), notice(), objection(),
                            new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "异议成立", true)))
                    .when(new WithdrawCase(CASE, "任务统计有误，撤回"), HR)
                    .expectEvents(new CaseWithdrawn(CASE, SURGEON, "任务统计有误，撤回", "hr-officer"),
                            new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.WITHDRAWN, null, TODAY,
                                    AppointmentState.APPOINTED),
                            new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                                    AppointmentState.APPOINTED, "case CL-0001-C1 concluded: WITHDRAWN"));
        }

        @Test
        void onlyTheHrCentreWithdrawsOnlyWithAReasonAndNeverAfterApproval() {
            fixture.given(open())
                    .when(new WithdrawCase(CASE, "撤回"), APPROVER)
                    .expectException(refusedWith(ErrorCode.FORBIDDEN));
            fixture.given(open())
                    .when(new WithdrawCase(CASE, " "), HR)
                    .expectException(refusedWith(ErrorCode.VALIDATION_FAILED, "reason"))
                    .expectNoEvents();
            fixture.given(approved())
                    .when(new WithdrawCase(CASE, "撤回"), HR)
                    .expectException(refusedWith(ErrorCode.CASE_STATE))
                    .expectNoEvents();
        }

        @Test
        void aWithdrawnCaseAnswersNoObjection() {
            Object[] withdrawn = concat(decided(), notice(), objection(),
                    new CaseWithdrawn(CASE, SURGEON, "撤回", "hr-officer"),
                    new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.WITHDRAWN, null, TODAY,
                            AppointmentState.APPOINTED));
            fixture.given(withdrawn)
                    .when(new AnswerObjection(CASE, CASE + "-O1", "已核实", false), HR)
                    .expectException(refusedWith(ErrorCode.CASE_STATE))
                    .expectNoEvents();
        }

        @Test
        void afterAWithdrawalANewGroundOpensANewCase() {
            Object[] withdrawn = concat(open(), new CaseWithdrawn(CASE, SURGEON, "撤回", "hr-officer"),
                    new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.WITHDRAWN, null, TODAY,
                            AppointmentState.APPOINTED),
                    new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW, AppointmentState.APPOINTED,
                            "case CL-0001-C1 concluded: WITHDRAWN"));
            fixture.given(withdrawn)
                    .when(new OpenCase(SURGEON, CaseKind.DOWNGRADE, List.of(Ground.LEADERSHIP), "重新认定"), hrCentre())
                    .expectResultMessagePayload(new CaseId(SURGEON, 2));
        }
    }

    /** A case opened by the version before one record per fact kept its steps in a stream of its own. */
    @Nested
    class CarriedOver {

        /** The person's record as the previous version wrote it: the opening, without the policy it named. */
        private Object[] openedBefore() {
            return concat(anAppointedSurgeon(), new CaseOpened(SURGEON, CASE, CaseKind.DOWNGRADE,
                    Ground.CONSECUTIVE_QUARTER_FAILS, "quarters 2026-Q1 and 2026-Q2 failed", HOSPITAL, SURGERY,
                    Rank.ASSOCIATE_SENIOR, 6, null, null), new AppointmentStateChanged(SURGEON,
                    AppointmentState.APPOINTED, AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"));
        }

        private final List<CaseEvent> noticed = List.of(proposed(),
                new QualificationReviewed(CASE, SURGEON, Qualification.CONFIRMED, ""), assessed(), downgradeTo(9),
                notice(), objection());

        private CaseCarriedOver carried() {
            return new CaseCarriedOver(CASE, SURGEON, CaseState.NOTICED, "branch-secretary", "commission-assessor",
                    Decision.DOWNGRADE, 9, LocalDate.of(2026, 6, 22), Map.of(CASE + "-O1", false), 1);
        }

        @Test
        void anOpenCaseTakesItsStepsInOnceAndGoesOnWhereItStood() {
            StaffFixture.at(JUNE_24, caseId -> caseId.equals(CASE) ? noticed : List.of())
                    .given(openedBefore())
                    .when(new CarryOverCase(CASE))
                    .expectEvents(carried());
            StaffFixture.at(JUNE_24, caseId -> noticed)
                    .given(concat(openedBefore(), carried()))
                    .when(new CarryOverCase(CASE))
                    .expectNoEvents();
            fixture.given(concat(openedBefore(), carried()))
                    .when(new CloseNotice(CASE))
                    .expectException(refusedWith(ErrorCode.OBJECTIONS_OPEN));
            fixture.given(concat(openedBefore(), carried()))
                    .when(new ApproveCase(CASE, true, "同意"), as("branch-secretary", Role.COMMISSION, null, null))
                    .expectException(refusedWith(ErrorCode.FOUR_EYES));
            fixture.given(concat(openedBefore(), carried()))
                    .when(new AnswerObjection(CASE, CASE + "-O1", "已核实", false), HR)
                    .expectEvents(new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "已核实", false));
        }

        @Test
        void aCaseTheRecordConcludedTakesNoStepsAndNoMore() {
            Object[] concluded = concat(openedBefore(), new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE,
                    CaseOutcome.DOWNGRADED, 9, LocalDate.of(2026, 7, 1), AppointmentState.DOWNGRADED));
            StaffFixture.at(JUNE_24, caseId -> noticed)
                    .given(concluded)
                    .when(new CarryOverCase(CASE))
                    .expectNoEvents();
            fixture.given(concluded)
                    .when(new ProposeCase(CASE, "理由", List.of("材料")), BRANCH)
                    .expectException(refusedWith(ErrorCode.CASE_STATE));
        }

        @Test
        void aCaseOfThisVersionHasNothingToCarry() {
            fixture.given(open())
                    .when(new CarryOverCase(CASE))
                    .expectNoEvents();
        }
    }
}
