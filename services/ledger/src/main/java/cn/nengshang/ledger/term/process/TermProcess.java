package cn.nengshang.ledger.term.process;

import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.term.api.CheckMonthlyReport;
import cn.nengshang.ledger.term.api.EndTerm;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.TermStarted;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;
import cn.nengshang.policy.rules.Thresholds;

import java.time.YearMonth;

/**
 * A term's calendar: when each month's report falls due (the {@code reportDueDay}th of the next month) it is
 * checked, and after the last month's due day the term is ended.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class TermProcess {

    static final String TERM = "termId";
    static final String REPORT_DUE = "monthly-report-due";

    private TermId termId;
    private YearMonth month;
    private YearMonth lastMonth;
    private int dueDay;

    @StartSaga
    @SagaEventHandler(associationProperty = TERM)
    void on(TermStarted event, DeadlineManager deadlines, PublishedPolicies policies) {
        termId = event.termId();
        month = event.startMonth();
        lastMonth = event.startMonth().plusMonths(event.months() - 1L);
        dueDay = policies.of(event.policyId()).thresholds().reportDueDay();
        scheduleDue(deadlines);
    }

    /** The deadline's payload: the month whose report has fallen due. */
    @Revision("1")
    record ReportDue(YearMonth month) {
    }

    @DeadlineHandler(deadlineName = REPORT_DUE)
    void due(ReportDue due, CommandGateway commands, DeadlineManager deadlines) {
        commands.sendAndWait(new CheckMonthlyReport(termId, month));
        if (month.equals(lastMonth)) {
            commands.sendAndWait(new EndTerm(termId));
        } else {
            month = month.plusMonths(1);
            scheduleDue(deadlines);
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = TERM)
    void on(TermEnded event) {
        // the term's results are recorded: nothing is left to wait for
    }

    private void scheduleDue(DeadlineManager deadlines) {
        deadlines.schedule(BusinessTime.endOf(Thresholds.reportDueOn(month, dueDay)), REPORT_DUE, new ReportDue(month));
    }
}
