package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.term.api.MonthlyReportOverdue;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps what a term's shortfalls led to: its rectification periods and its reports not in by their due day. */
@Component
@ProcessingGroup("term-lapses")
class TermLapsesProjection {

    private final RectificationRepository rectifications;
    private final OverdueReportRepository overdue;

    TermLapsesProjection(RectificationRepository rectifications, OverdueReportRepository overdue) {
        this.rectifications = rectifications;
        this.overdue = overdue;
    }

    @EventHandler
    void on(RectificationStarted event) {
        rectifications.save(new RectificationRow(event.rectificationId(), event.staffId().value(),
                event.termId().toString(), event.quarter(), event.startsOn(), event.endsOn(), event.judgedOn()));
    }

    @EventHandler
    void on(RectificationJudged event) {
        rectifications.findById(event.rectificationId()).ifPresent(r -> r.judged(event.passed(), event.shortTasks()));
    }

    @EventHandler
    void on(MonthlyReportOverdue event, @Timestamp Instant at) {
        overdue.save(new OverdueReport(event.termId().toString(), event.month().toString(), event.staffId().value(),
                event.institutionId(), event.departmentId(), event.dueOn(), at));
    }

    @ResetHandler
    void reset() {
        rectifications.deleteAllInBatch();
        overdue.deleteAllInBatch();
    }
}
