package cn.nengshang.ledger.appointment.query;

import cn.nengshang.policy.casework.Awards;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One stretch of the post-grade timeline: from a day (to the day before the next), a grade, a reason. */
@Entity
@Table(name = "post_grade_period")
public class PostGradePeriod {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "staff_id")
    private String staffId;
    @Column(name = "from_date")
    private LocalDate from;
    @Column(name = "to_date")
    private LocalDate to;
    @Column(name = "post_grade")
    private int postGrade;
    private String reason;
    private boolean downgrade;
    @Column(name = "case_id")
    private String caseId;

    protected PostGradePeriod() {
    }

    PostGradePeriod(String eventId, String staffId, LocalDate from, int postGrade, String reason, boolean downgrade,
                    String caseId) {
        this.eventId = eventId;
        this.staffId = staffId;
        this.from = from;
        this.postGrade = postGrade;
        this.reason = reason;
        this.downgrade = downgrade;
        this.caseId = caseId;
    }

    void endBefore(LocalDate next) {
        this.to = next.minusDays(1);
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public int postGrade() {
        return postGrade;
    }

    public String reason() {
        return reason;
    }

    public String caseId() {
        return caseId;
    }

    public Awards.Spell spell() {
        return new Awards.Spell(from, to, postGrade, downgrade, caseId);
    }

    /** Whether the period covers the whole of a month's first day. */
    public boolean covers(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
