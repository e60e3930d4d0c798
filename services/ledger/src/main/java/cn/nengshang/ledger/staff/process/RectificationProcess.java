package cn.nengshang.ledger.staff.process;

import cn.nengshang.ledger.staff.api.JudgeRectification;
import cn.nengshang.ledger.staff.api.RectificationJudged;
import cn.nengshang.ledger.staff.api.RectificationStarted;
import cn.nengshang.ledger.staff.api.StaffId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
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
