package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
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
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
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
        OrganisationDirectory organisation = (institution, department) ->
                HOSPITAL.equals(institution) && Set.of(SURGERY, StaffFixture.MEDICINE).contains(department);
        fixture = new AggregateTestFixture<>(StaffMember.class);
        fixture.registerInjectableResource(SpecialtyCatalogue.load(SEEDS.resolve("catalog/specialties.tsv")));
        fixture.registerInjectableResource(PostGrades.load(SEEDS.resolve("catalog/post-grades.tsv")));
        PolicyBook policies = PolicyLoader.loadFolder(SEEDS.resolve("policy"));
        fixture.registerInjectableResource((PublishedPolicies) () -> policies);
        fixture.registerInjectableResource(new ProgressEvaluator());
        fixture.registerInjectableResource(organisation);
        fixture.registerInjectableResource(MAY_20);
    }

    private static RegisterStaff registerSurgeon(String specialty, String department) {
        return new RegisterStaff(SURGEON, "王建国", HOSPITAL, department, Rank.ASSOCIATE_SENIOR, "副主任医师",
                Profession.CLINICAL, specialty);
    }

    private static TypeSafeMatcher<Throwable> refusedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof LedgerException refusal && refusal.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal with code " + code);
            }
        };
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
                    .expectEvents(aTermFrom(JANUARY))
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
}
