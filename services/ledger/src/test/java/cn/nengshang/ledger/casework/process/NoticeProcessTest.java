package cn.nengshang.ledger.casework.process;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseOutcome;
import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.NoticeClosed;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.casework.CaseKind;
import org.axonframework.test.saga.FixtureExecutionResult;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

/** The public notice closes at its end, or when its last open objection is answered; the case file decides. */
class NoticeProcessTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final CaseId CASE = CaseId.of("CL-0001-C1");
    /** Five working days from Monday 2026-06-15 end on Monday the 22nd: Friday the 19th is 端午节. */
    private static final NoticeStarted NOTICE = new NoticeStarted(CASE, SURGEON, LocalDate.of(2026, 6, 15),
            LocalDate.of(2026, 6, 22), 5);
    private static final Instant OVER = Instant.parse("2026-06-22T16:00:00Z");

    private static final Instant START = Instant.parse("2026-06-15T01:00:00Z");

    private SagaTestFixture<NoticeProcess> fixture;

    /** The refusal the case file answers CloseNotice with, or null when it closes. */
    private final AtomicReference<ErrorCode> refusal = new AtomicReference<>();

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(NoticeProcess.class);
        fixture.setCallbackBehavior((command, metaData) -> {
            if (refusal.get() != null) throw new LedgerException(refusal.get(), "CL-0001-C1-O1");
            return null;
        });
    }

    private void refusing(ErrorCode code) {
        refusal.set(code);
    }

    /** The notice runs to its end, where the process tries to close it and the case file refuses. */
    private FixtureExecutionResult atTheEndTheFileRefuses(ErrorCode code) {
        refusing(code);
        return fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .whenTimeAdvancesTo(OVER.plusSeconds(1))
                .expectDispatchedCommands(new CloseNotice(CASE));
    }

    @Test
    void theNoticeIsClosedAtTheEndOfItsLastWorkingDay() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .whenTimeAdvancesTo(OVER.plusSeconds(1))
                .expectDispatchedCommands(new CloseNotice(CASE));
    }

    @Test
    void anOpenObjectionKeepsTheNoticeOpenPastItsEnd() {
        refusing(ErrorCode.OBJECTIONS_OPEN);
        fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .andThenAPublished(new ObjectionRaised(CASE, SURGEON, CASE + "-O1", "数据有误", "colleague"))
                .whenTimeAdvancesTo(OVER.plusSeconds(1))
                .expectDispatchedCommands(new CloseNotice(CASE))
                .expectActiveSagas(1);
    }

    @Test
    void answeringTheLastObjectionAfterTheEndClosesTheNotice() throws Exception {
        refusing(ErrorCode.OBJECTIONS_OPEN);
        var pastTheEnd = fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .andThenAPublished(new ObjectionRaised(CASE, SURGEON, CASE + "-O1", "数据有误", "colleague"))
                .andThenTimeAdvancesTo(OVER.plusSeconds(1));
        refusal.set(null);
        pastTheEnd.whenPublishingA(new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "已核实，数据无误", false))
                .expectDispatchedCommands(new CloseNotice(CASE));
    }

    @Test
    void anObjectionStillOpenFromTheNoticeBeforeIsAnsweredBeforeThisOneCloses() {
        // raised under the notice an upheld objection ended: the file knows
        atTheEndTheFileRefuses(ErrorCode.OBJECTIONS_OPEN)
                .expectActiveSagas(1);
    }

    @Test
    void aProcessRunningBehindANewerNoticeLeavesItToItsOwnProcess() {
        atTheEndTheFileRefuses(ErrorCode.NOTICE_NOT_OVER)
                .expectActiveSagas(1);
    }

    @Test
    void aCaseNoLongerOnNoticeEndsTheProcessAtTheEnd() {
        atTheEndTheFileRefuses(ErrorCode.CASE_STATE)
                .expectActiveSagas(0);
    }

    @Test
    void aCaseWithdrawnWhileOnNoticeEndsTheProcessAndItsDeadline() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .whenPublishingA(new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.WITHDRAWN, null,
                        LocalDate.of(2026, 6, 17), AppointmentState.APPOINTED))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void anObjectionAnsweredBeforeTheEndDoesNotCloseItEarly() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .andThenAPublished(new ObjectionRaised(CASE, SURGEON, CASE + "-O1", "数据有误", "colleague"))
                .whenPublishingA(new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "已核实", false))
                .expectNoDispatchedCommands();
    }

    @Test
    void theProcessEndsWithTheClosedNotice() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .whenPublishingA(new NoticeClosed(CASE, SURGEON, LocalDate.of(2026, 6, 23)))
                .expectActiveSagas(0);
    }

    @Test
    void anUpheldObjectionEndsTheNoticeUnclosedForTheCommitteeToDecideAgain() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(NOTICE)
                .andThenAPublished(new ObjectionRaised(CASE, SURGEON, CASE + "-O1", "数据有误", "colleague"))
                .whenPublishingA(new ObjectionAnswered(CASE, SURGEON, CASE + "-O1", "核实有误，异议成立", true))
                .expectNoDispatchedCommands()
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
