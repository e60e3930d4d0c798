package cn.nengshang.ledger.term.process;

import cn.nengshang.ledger.term.api.JudgeRectification;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

class RectificationProcessTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final Instant JUDGED_AT = Instant.parse("2026-08-10T16:00:00Z");
    private static final RectificationStarted STARTED = new RectificationStarted(SURGEON, "CL-0001-R1",
            new TermId(SURGEON, 1), "2026-Q1", LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 15),
            LocalDate.of(2026, 8, 10), JUDGED_AT);

    private static final Instant START = Instant.parse("2026-04-15T02:00:00Z");

    private SagaTestFixture<RectificationProcess> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(RectificationProcess.class);
    }

    @Test
    void aFailedQuarterStartsAPeriodWhoseJudgingDayIsScheduled() {
        fixture.givenCurrentTime(START)
                .whenPublishingA(STARTED)
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(JUDGED_AT, RectificationProcess.JUDGING_DAY_PASSED)
                .expectNoDispatchedCommands();
    }

    @Test
    void whenTheJudgingDayHasPassedTheRecordJudgesThePeriod() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(STARTED)
                .whenTimeAdvancesTo(JUDGED_AT.plusSeconds(1))
                .expectDispatchedCommands(new JudgeRectification(SURGEON, "CL-0001-R1"));
    }

    @Test
    void nothingIsJudgedBeforeTheJudgingDay() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(STARTED)
                .whenTimeElapses(Duration.ofDays(30))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void theProcessEndsOnceThePeriodIsJudged() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(STARTED)
                .whenPublishingA(new RectificationJudged(SURGEON, "CL-0001-R1", new TermId(SURGEON, 1), true,
                        List.of(), "cele-2026-v1"))
                .expectActiveSagas(0);
    }
}
