package cn.nengshang.ledger.casework.process;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.NoticeClosed;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;

import java.time.LocalDate;

/**
 * The public notice (公示): closes it at the end of its last working day, or, while objections are open (raised
 * under it or still open from a notice before), as soon as the last of them is answered; the case file knows
 * which are open and refuses to close before. An upheld objection voids the decision and ends this notice
 * unclosed; a case concluded meanwhile (withdrawn) ends it too.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
// a process stored by the version before counted the open objections itself; the case file knows them now
@JsonIgnoreProperties({"openObjections"})
public class NoticeProcess {

    static final String CASE = "caseId";
    static final String NOTICE_ENDS = "notice-ends";

    private String caseId;
    private boolean over;

    @StartSaga
    @SagaEventHandler(associationProperty = CASE)
    void on(NoticeStarted event, DeadlineManager deadlines) {
        caseId = event.caseId().toString();
        deadlines.schedule(BusinessTime.endOf(event.endsOn()), NOTICE_ENDS, new NoticeEnds(event.endsOn()));
    }

    /** The deadline's payload: the notice's last working day has ended. */
    @Revision("1")
    record NoticeEnds(LocalDate lastDay) {
    }

    @SagaEventHandler(associationProperty = CASE)
    void on(ObjectionAnswered event, CommandGateway commands, DeadlineManager deadlines) {
        if (event.upheld()) {
            end(deadlines); // the decision is void: this notice closes nothing; a new one will run
        } else if (over) {
            close(commands, deadlines);
        }
    }

    @DeadlineHandler(deadlineName = NOTICE_ENDS)
    void noticeEnds(NoticeEnds ends, CommandGateway commands, DeadlineManager deadlines) {
        over = true;
        close(commands, deadlines);
    }

    @SagaEventHandler(associationProperty = CASE)
    void on(CaseConcluded event, DeadlineManager deadlines) {
        end(deadlines); // withdrawn while on notice: nothing is left to close
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CASE)
    void on(NoticeClosed event) {
        // the notice is closed: nothing is left to wait for
    }

    private static void end(DeadlineManager deadlines) {
        deadlines.cancelAllWithinScope(NOTICE_ENDS);
        SagaLifecycle.end();
    }

    /**
     * Closes the notice. While an objection is open its answer will try again, and a notice not yet over (a newer
     * one, when this process runs behind the case) its own process closes; a case no longer on notice has nothing
     * to close, and this process ends.
     */
    private void close(CommandGateway commands, DeadlineManager deadlines) {
        try {
            commands.sendAndWait(new CloseNotice(CaseId.of(caseId)));
        } catch (LedgerException refused) {
            if (refused.code() == ErrorCode.CASE_STATE) {
                end(deadlines);
            } else if (refused.code() != ErrorCode.OBJECTIONS_OPEN && refused.code() != ErrorCode.NOTICE_NOT_OVER) {
                throw refused;
            }
        }
    }
}
