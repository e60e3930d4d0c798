package cn.nengshang.ledger.casework.command;

import cn.nengshang.ledger.casework.api.AgreementSigned;
import cn.nengshang.ledger.casework.api.AnswerObjection;
import cn.nengshang.ledger.casework.api.ApproveCase;
import cn.nengshang.ledger.casework.api.AssessCase;
import cn.nengshang.ledger.casework.api.CaseApproved;
import cn.nengshang.ledger.casework.api.CaseAssessed;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseProposed;
import cn.nengshang.ledger.casework.api.CaseStarted;
import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.DecideCase;
import cn.nengshang.ledger.casework.api.Decision;
import cn.nengshang.ledger.casework.api.NoticeClosed;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.casework.api.ProposeCase;
import cn.nengshang.ledger.casework.api.Qualification;
import cn.nengshang.ledger.casework.api.QualificationReviewed;
import cn.nengshang.ledger.casework.api.ReviewQualification;
import cn.nengshang.ledger.casework.api.SignAgreement;
import cn.nengshang.ledger.casework.api.StartNotice;
import cn.nengshang.ledger.calendar.api.WorkingCalendar;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.staff.api.CaseOutcome;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.WorkingDays;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.rules.PolicyBook;
import cn.nengshang.policy.rules.PolicyLoader;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static cn.nengshang.ledger.common.Refusals.refusedWith;

class CaseFileTest {

    private static final Path SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));
    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final String CASE = "CL-0001-C1";
    private static final String HOSPITAL = "cele-people-hospital";
    /** 2026-06-24 in Cele: after the notice of 15-22 June. */
    private static final Clock JUNE_24 = Clock.fixed(Instant.parse("2026-06-24T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        PolicyBook policies = PolicyLoader.loadFolder(SEEDS.resolve("policy"));
        fixture = new AggregateTestFixture<>(CaseFile.class);
        fixture.registerInjectableResource((PublishedPolicies) () -> policies);
        fixture.registerInjectableResource(PostGrades.load(SEEDS.resolve("catalog/post-grades.tsv")));
        WorkingDays days = WorkingDays.loadFolder(SEEDS.resolve("calendar"));
        fixture.registerInjectableResource(new WorkingCalendar() {
            @Override
            public WorkingDays workingDays() {
                return days;
            }

            @Override
            public boolean has(String calendarId) {
                return true;
            }
        });
        fixture.registerInjectableResource(JUNE_24);
    }

    private static MetaData as(String sub, Role role, String institution) {
        return MetaData.from(new Actor(sub, Set.of(role), institution, null).toMetaData());
    }

    private static final MetaData BRANCH = as("branch-secretary", Role.PARTY_BRANCH, HOSPITAL);
    private static final MetaData HR = as("hr-officer", Role.HR_CENTER, null);
    private static final MetaData ASSESSOR = as("commission-assessor", Role.COMMISSION, null);
    private static final MetaData APPROVER = as("commission-director", Role.COMMISSION, null);
    private static final MetaData COMMITTEE = as("committee-secretary", Role.PARTY_COMMITTEE, null);
    private static final MetaData HOSPITAL_OFFICE = as("hospital-office", Role.INSTITUTION, HOSPITAL);

    private static CaseStarted started() {
        return new CaseStarted(CASE, SURGEON, CaseKind.DOWNGRADE, Ground.CONSECUTIVE_QUARTER_FAILS, "two quarters",
                HOSPITAL, HOSPITAL + ".general-surgery", Rank.ASSOCIATE_SENIOR, 6);
    }

    private static Object[] decided() {
        return new Object[]{started(),
                new CaseProposed(CASE, SURGEON, "两个季度考核不合格", List.of("季度考核表"), "branch-secretary"),
                new QualificationReviewed(CASE, SURGEON, Qualification.CONFIRMED, ""),
                new CaseAssessed(CASE, SURGEON, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                        new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1"), new BigDecimal("62.50"),
                        "commission-assessor"),
                new CommitteeDecided(CASE, SURGEON, 9, 7, 6, Decision.DOWNGRADE, 9)};
    }

    private static NoticeStarted notice() {
        return new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22), 5);
    }

    @Test
    void thePartyBranchOfThePersonsInstitutionProposesWithEvidence() {
        fixture.given(started())
                .when(new ProposeCase(CASE, "两个季度考核不合格", List.of("季度考核表")), BRANCH)
                .expectEvents(new CaseProposed(CASE, SURGEON, "两个季度考核不合格", List.of("季度考核表"),
                        "branch-secretary"));
        fixture.given(started())
                .when(new ProposeCase(CASE, "理由", List.of("材料")), as("other", Role.PARTY_BRANCH, "cele-nur-thc"))
                .expectException(refusedWith(ErrorCode.FORBIDDEN));
        fixture.given(started())
                .when(new ProposeCase(CASE, "理由", List.of()), BRANCH)
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        fixture.given(started())
                .when(new DecideCase(CASE, 9, 7, 6, Decision.DOWNGRADE, 9), COMMITTEE)
                .expectException(refusedWith(ErrorCode.CASE_STATE))
                .expectNoEvents();
    }

    @Test
    void theQualificationReviewMayReturnOrDismiss() {
        CaseProposed proposed = new CaseProposed(CASE, SURGEON, "理由", List.of("材料"), "branch-secretary");
        fixture.given(started(), proposed)
                .when(new ReviewQualification(CASE, Qualification.DISMISSED, "证据不足"), HR)
                .expectEvents(new QualificationReviewed(CASE, SURGEON, Qualification.DISMISSED, "证据不足"),
                        new CaseConcluded(CASE, SURGEON, CaseKind.DOWNGRADE, CaseOutcome.NO_CHANGE, null,
                                LocalDate.of(2026, 6, 24)));
        fixture.given(started(), proposed, new QualificationReviewed(CASE, SURGEON, Qualification.RETURNED, "补充"))
                .when(new ProposeCase(CASE, "补充后的理由", List.of("材料", "补充材料")), BRANCH)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theAssessmentWeighsQuantitativeResultsAtLeastSeventyPercent() {
        Object[] qualified = {started(), new CaseProposed(CASE, SURGEON, "理由", List.of("材料"), "branch-secretary"),
                new QualificationReviewed(CASE, SURGEON, Qualification.CONFIRMED, "")};
        fixture.given(qualified)
                .when(new AssessCase(CASE, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                        new BigDecimal("0.6"), new BigDecimal("0.3"), new BigDecimal("0.1")), ASSESSOR)
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.given(qualified)
                .when(new AssessCase(CASE, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("101"),
                        new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1")), ASSESSOR)
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.given(qualified)
                .when(new AssessCase(CASE, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                        new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1")), ASSESSOR)
                .expectEvents(new CaseAssessed(CASE, SURGEON, new BigDecimal("60"), new BigDecimal("70"),
                        new BigDecimal("65"), new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1"),
                        new BigDecimal("62.50"), "commission-assessor"));
    }

    @Test
    void theCommitteeNeedsTwoThirdsPresentAndTwoThirdsOfThoseInFavour() {
        Object[] assessed = List.of(decided()).subList(0, 4).toArray();
        fixture.given(assessed)
                .when(new DecideCase(CASE, 9, 5, 5, Decision.DOWNGRADE, 9), COMMITTEE)
                .expectException(refusedWith(ErrorCode.QUORUM_NOT_MET));
        fixture.given(assessed)
                .when(new DecideCase(CASE, 9, 6, 3, Decision.DOWNGRADE, 9), COMMITTEE)
                .expectException(refusedWith(ErrorCode.MAJORITY_NOT_REACHED));
        fixture.given(assessed)
                .when(new DecideCase(CASE, 9, 6, 4, Decision.DOWNGRADE, 6), COMMITTEE)
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.given(assessed)
                .when(new DecideCase(CASE, 9, 6, 4, Decision.DOWNGRADE, 9), COMMITTEE)
                .expectEvents(new CommitteeDecided(CASE, SURGEON, 9, 6, 4, Decision.DOWNGRADE, 9));
    }

    @Test
    void theNoticeRunsFiveWorkingDaysByTheHolidayCalendar() {
        fixture.given(decided())
                .when(new StartNotice(CASE, LocalDate.of(2026, 9, 30)), HR)
                .expectEvents(new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12), 5));
    }

    @Test
    void anOpenObjectionBlocksClosingTheNotice() {
        Object[] noticed = List.of(decided()).toArray(new Object[0]);
        Object[] withObjection = concat(noticed, notice(),
                new ObjectionRaised(CASE, SURGEON, CASE + "-O1", "数据有误", "colleague"));
        fixture.given(withObjection)
                .when(new CloseNotice(CASE))
                .expectException(refusedWith(ErrorCode.OBJECTIONS_OPEN));
        fixture.given(concat(noticed, notice()))
                .when(new CloseNotice(CASE))
                .expectEvents(new NoticeClosed(CASE, SURGEON, LocalDate.of(2026, 6, 24)));
        fixture.given(withObjection)
                .when(new AnswerObjection(CASE, CASE + "-O1", "已核实", false), HR)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void neitherTheProposerNorTheAssessorApproves() {
        Object[] closed = concat(decided(), notice(), new NoticeClosed(CASE, SURGEON, LocalDate.of(2026, 6, 23)));
        fixture.given(closed)
                .when(new ApproveCase(CASE, true, ""), ASSESSOR)
                .expectException(refusedWith(ErrorCode.FOUR_EYES));
        fixture.given(closed)
                .when(new ApproveCase(CASE, true, "同意"), APPROVER)
                .expectEvents(new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"));
    }

    @Test
    void theAgreementAtTheDecidedGradeMakesItEffective() {
        Object[] approved = concat(decided(), notice(), new NoticeClosed(CASE, SURGEON, LocalDate.of(2026, 6, 23)),
                new CaseApproved(CASE, SURGEON, true, "同意", "commission-director"));
        fixture.given(approved)
                .when(new SignAgreement(CASE, LocalDate.of(2026, 7, 1), 8, 24), HOSPITAL_OFFICE)
                .expectException(refusedWith(ErrorCode.VALIDATION_FAILED));
        fixture.given(approved)
                .when(new SignAgreement(CASE, LocalDate.of(2026, 7, 1), 9, 24), HOSPITAL_OFFICE)
                .expectEvents(new AgreementSigned(CASE, SURGEON, LocalDate.of(2026, 7, 1), 9, 24),
                        new CaseConcluded(CASE, SURGEON, CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 9,
                                LocalDate.of(2026, 7, 1)));
    }

    private static Object[] concat(Object[] first, Object... more) {
        Object[] all = new Object[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
