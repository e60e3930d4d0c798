package cn.nengshang.ledger.appointment.query;

import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.term.api.TermStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Keeps the post-grade timeline: each stretch from a day at a grade, and what began it. */
@Component
@ProcessingGroup("post-grades")
class PostGradeProjection {

    private final PostGradePeriodRepository periods;

    PostGradeProjection(PostGradePeriodRepository periods) {
        this.periods = periods;
    }

    @EventHandler
    void on(TermStarted event, @MessageIdentifier String eventId) {
        period(event.staffId(), eventId, event.startMonth().atDay(1), event.postGrade(),
                "TERM_STARTED " + event.termId(), false, null);
    }

    @EventHandler
    void on(PostGradeChanged event, @MessageIdentifier String eventId) {
        period(event.staffId(), eventId, event.effectiveOn(), event.to(), event.reason(), event.downgrade(),
                event.caseId());
    }

    @EventHandler
    void on(TermEnded event, @MessageIdentifier String eventId) {
        if (event.reappointedPostGrade() != null) {
            period(event.staffId(), eventId, event.lastDay().plusDays(1), event.reappointedPostGrade(),
                    "REAPPOINTED after " + event.termId(), false, null);
        }
    }

    private void period(StaffId staffId, String eventId, LocalDate from, int grade, String reason, boolean downgrade,
                        String caseId) {
        List<PostGradePeriod> timeline = periods.findByStaffIdOrderByFromAsc(staffId.value());
        PostGradePeriod last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
        if (last != null && last.to() == null && last.postGrade() == grade) {
            return;
        }
        if (last != null && last.to() == null) {
            last.endBefore(from);
        }
        periods.save(new PostGradePeriod(eventId, staffId.value(), from, grade, reason, downgrade, caseId));
    }

    @ResetHandler
    void reset() {
        periods.deleteAllInBatch();
    }
}
