package cn.nengshang.ledger.staff.query;

import cn.nengshang.ledger.staff.api.MonthlyReportOverdue;
import cn.nengshang.ledger.staff.api.PostGradeChanged;
import cn.nengshang.ledger.staff.api.RectificationJudged;
import cn.nengshang.ledger.staff.api.RectificationStarted;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.ledger.staff.api.TermEnded;
import cn.nengshang.ledger.staff.api.TermStarted;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Keeps what follows from the record: rectification periods, the post-grade timeline, overdue reports. */
@Component
@ProcessingGroup("appointments")
class AppointmentProjection {

    private final RectificationRepository rectifications;
    private final PostGradePeriodRepository periods;
    private final OverdueReportRepository overdue;
    private final StaffRepository staff;

    AppointmentProjection(RectificationRepository rectifications, PostGradePeriodRepository periods,
                          OverdueReportRepository overdue, StaffRepository staff) {
        this.rectifications = rectifications;
        this.periods = periods;
        this.overdue = overdue;
        this.staff = staff;
    }

    @EventHandler
    void on(RectificationStarted event) {
        var person = staff.findById(event.staffId().value());
        rectifications.save(new RectificationRow(event.rectificationId(), event.staffId().value(),
                event.termId().toString(), person.map(StaffRow::institutionId).orElse(null),
                person.map(StaffRow::departmentId).orElse(null), event.quarter(),
                event.startsOn(), event.endsOn(), event.judgedOn()));
    }

    @EventHandler
    void on(RectificationJudged event) {
        rectifications.findById(event.rectificationId()).ifPresent(r -> r.judged(event.passed(), event.shortTasks()));
    }

    @EventHandler
    void on(TermStarted event, @MessageIdentifier String eventId) {
        period(event.staffId(), eventId, event.startMonth().atDay(1), event.postGrade(),
                "TERM_STARTED " + event.termId(), null);
    }

    @EventHandler
    void on(PostGradeChanged event, @MessageIdentifier String eventId) {
        period(event.staffId(), eventId, event.effectiveOn(), event.to(), event.reason(), event.caseId());
    }

    @EventHandler
    void on(TermEnded event, @MessageIdentifier String eventId) {
        if (event.reappointedPostGrade() != null) {
            period(event.staffId(), eventId, event.lastDay().plusDays(1), event.reappointedPostGrade(),
                    "REAPPOINTED after " + event.termId(), null);
        }
    }

    @EventHandler
    void on(MonthlyReportOverdue event, @Timestamp Instant at) {
        overdue.save(new OverdueReport(event.termId().toString(), event.month().toString(), event.staffId().value(),
                event.institutionId(), event.departmentId(), event.dueOn(), at));
    }

    private void period(StaffId staffId, String eventId, LocalDate from, int grade, String reason, String caseId) {
        List<PostGradePeriod> timeline = periods.findByStaffIdOrderByFromAsc(staffId.value());
        if (!timeline.isEmpty() && timeline.get(timeline.size() - 1).postGrade() == grade
                && timeline.get(timeline.size() - 1).to() == null) {
            return;
        }
        if (!timeline.isEmpty() && timeline.get(timeline.size() - 1).to() == null) {
            timeline.get(timeline.size() - 1).endBefore(from);
        }
        periods.save(new PostGradePeriod(eventId, staffId.value(), from, grade, reason, caseId));
    }

    @ResetHandler
    void reset() {
        rectifications.deleteAllInBatch();
        periods.deleteAllInBatch();
        overdue.deleteAllInBatch();
    }
}
