package cn.nengshang.ledger.casework.process;

import cn.nengshang.ledger.casework.api.AddGround;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.StartCase;
import cn.nengshang.ledger.staff.api.CaseOpened;
import cn.nengshang.ledger.staff.api.CaseOutcome;
import cn.nengshang.ledger.staff.api.ConcludeCase;
import cn.nengshang.ledger.staff.api.GroundFound;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class CaseProcessTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final String CASE = "CL-0001-C1";
    private static final CaseOpened OPENED = new CaseOpened(SURGEON, CASE, CaseKind.DOWNGRADE,
            Ground.CONSECUTIVE_QUARTER_FAILS, "quarters 2026-Q1 and 2026-Q2 failed", "cele-people-hospital",
            "cele-people-hospital.general-surgery", Rank.ASSOCIATE_SENIOR, 6, null);

    private SagaTestFixture<CaseProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CaseProcess.class);
    }

    @Test
    void aCaseOpenedOnTheRecordOpensItsFile() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(OPENED)
                .expectActiveSagas(1)
                .expectDispatchedCommands(new StartCase(CASE, SURGEON, CaseKind.DOWNGRADE,
                        Ground.CONSECUTIVE_QUARTER_FAILS, "quarters 2026-Q1 and 2026-Q2 failed", "cele-people-hospital",
                        "cele-people-hospital.general-surgery", Rank.ASSOCIATE_SENIOR, 6));
    }

    @Test
    void aFurtherGroundJoinsTheOpenFile() {
        fixture.givenAPublished(OPENED)
                .whenPublishingA(new GroundFound(SURGEON, CASE, Ground.ANNUAL_RATING, "annual rating 2026"))
                .expectDispatchedCommands(new AddGround(CASE, Ground.ANNUAL_RATING, "annual rating 2026"));
    }

    @Test
    void theConclusionGoesBackIntoTheRecordAndTheProcessEnds() {
        LocalDate signed = LocalDate.of(2027, 2, 1);
        fixture.givenAPublished(OPENED)
                .whenPublishingA(new CaseConcluded(CASE, SURGEON, CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 9, signed))
                .expectDispatchedCommands(new ConcludeCase(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED,
                        9, signed))
                .expectActiveSagas(0);
    }

    @Test
    void anotherPersonsCaseIsNotThisProcessesConcern() {
        fixture.givenAPublished(OPENED)
                .whenPublishingA(new GroundFound(StaffId.of("CL-0002"), "CL-0002-C1", Ground.FRAUD, "fraud"))
                .expectNoDispatchedCommands();
    }
}
