package cn.nengshang.ledger.casework.process;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.NoticeClosed;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.common.BusinessTime;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
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
 * The public notice (公示): closes it at the end of its last working day, or, while objections are open, as
 * soon as the last of them is answered. An upheld objection voids the decision and ends this notice unclosed.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class NoticeProcess {

    static final String CASE = "caseId";
    static final String NOTICE_ENDS = "notice-ends";

    private String caseId;
    private int openObjections;
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
    void on(ObjectionRaised event) {
        openObjections++;
    }

    @SagaEventHandler(associationProperty = CASE)
    void on(ObjectionAnswered event, CommandGateway commands, DeadlineManager deadlines) {
        openObjections--;
        if (event.upheld()) {
            deadlines.cancelAllWithinScope(NOTICE_ENDS);
            SagaLifecycle.end(); // the decision is void: this notice closes nothing; a new one will run
        } else {
            closeWhenDue(commands);
        }
    }

    @DeadlineHandler(deadlineName = NOTICE_ENDS)
    void noticeEnds(NoticeEnds ends, CommandGateway commands) {
        over = true;
        closeWhenDue(commands);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CASE)
    void on(NoticeClosed event) {
        // the notice is closed: nothing is left to wait for
    }

    private void closeWhenDue(CommandGateway commands) {
        if (over && openObjections == 0) {
            commands.sendAndWait(new CloseNotice(CaseId.of(caseId)));
        }
    }
}
