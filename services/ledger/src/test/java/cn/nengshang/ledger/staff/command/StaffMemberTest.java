package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.term.api.StartTerm;
import cn.nengshang.ledger.term.api.TermOpened;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.facts.Baselines;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static cn.nengshang.ledger.common.Refusals.refusedWith;
import static cn.nengshang.ledger.staff.command.StaffFixture.FIRST_TERM;
import static cn.nengshang.ledger.staff.command.StaffFixture.HOSPITAL;
import static cn.nengshang.ledger.staff.command.StaffFixture.JANUARY;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGEON;
import static cn.nengshang.ledger.staff.command.StaffFixture.SURGERY;
import static cn.nengshang.ledger.staff.command.StaffFixture.aTermFrom;
import static cn.nengshang.ledger.staff.command.StaffFixture.anAssociateSeniorSurgeonRegistered;
import static cn.nengshang.ledger.staff.command.StaffFixture.hrCentre;
import static cn.nengshang.ledger.staff.command.StaffFixture.surgeryDepartment;

/** The record itself: who is registered, and the terms it opens. */
class StaffMemberTest {

    private FixtureConfiguration<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = StaffFixture.at("2026-05-20T04:00:00Z");
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

}
