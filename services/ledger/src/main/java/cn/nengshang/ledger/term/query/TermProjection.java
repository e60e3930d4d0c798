package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.term.api.MonthlyReportCorrected;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the terms and every recorded version of their monthly reports. */
@Component
@ProcessingGroup("terms")
class TermProjection {

    private final TermRepository terms;
    private final ReportVersionRepository reports;

    TermProjection(TermRepository terms, ReportVersionRepository reports) {
        this.terms = terms;
        this.reports = reports;
    }

    @EventHandler
    void on(TermStarted event, @Timestamp Instant at) {
        terms.save(new TermRow(event.termId().toString(), event.staffId().value(), event.policyId(),
                event.startMonth(), event.months(), event.postGrade(), event.baselines(), at));
    }

    @EventHandler
    void on(MonthlyReportSubmitted event, @Timestamp Instant at, @MetaDataValue(Actor.SUB) String actor) {
        reports.save(new ReportVersion(event.termId().toString(), event.month(), 1, at, actor, null, event.report()));
    }

    @EventHandler
    void on(MonthlyReportCorrected event, @Timestamp Instant at, @MetaDataValue(Actor.SUB) String actor) {
        String termId = event.termId().toString();
        int version = reports.latestVersion(termId, event.month().toString()).orElse(0) + 1;
        reports.save(new ReportVersion(termId, event.month(), version, at, actor, event.reason(), event.report()));
    }

    @ResetHandler
    void reset() {
        reports.deleteAllInBatch();
        terms.deleteAllInBatch();
    }
}
