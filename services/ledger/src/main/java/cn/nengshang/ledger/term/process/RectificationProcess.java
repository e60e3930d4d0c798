package cn.nengshang.ledger.term.process;

import cn.nengshang.ledger.term.api.JudgeRectification;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.ledger.kernel.StaffId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;

/** A rectification period (整改期): when its judging day has passed, the person's record judges it. */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class RectificationProcess {

    static final String PERIOD = "rectificationId";
    static final String JUDGING_DAY_PASSED = "rectification-judging-day-passed";

    private StaffId staffId;
    private String rectificationId;

    @StartSaga
    @SagaEventHandler(associationProperty = PERIOD)
    void on(RectificationStarted event, DeadlineManager deadlines) {
        staffId = event.staffId();
        rectificationId = event.rectificationId();
        deadlines.schedule(event.judgedAt(), JUDGING_DAY_PASSED, new JudgingDayPassed(rectificationId));
    }

    /** The deadline's payload: which period's judging day has passed. */
    @Revision("1")
    record JudgingDayPassed(String rectificationId) {
    }

    @DeadlineHandler(deadlineName = JUDGING_DAY_PASSED)
    void judge(JudgingDayPassed due, CommandGateway commands) {
        commands.sendAndWait(new JudgeRectification(staffId, due.rectificationId()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = PERIOD)
    void on(RectificationJudged event) {
        // the period is judged: nothing is left to wait for
    }
}
