package cn.nengshang.ledger.staff.query;

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
    @Column(name = "case_id")
    private String caseId;

    protected PostGradePeriod() {
    }

    PostGradePeriod(String eventId, String staffId, LocalDate from, int postGrade, String reason, String caseId) {
        this.eventId = eventId;
        this.staffId = staffId;
        this.from = from;
        this.postGrade = postGrade;
        this.reason = reason;
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

    /** Whether the period covers any day of the year. */
    public boolean overlaps(int year) {
        return from.getYear() <= year && (to == null || to.getYear() >= year);
    }

    /** Whether the period covers the whole of a month's first day. */
    public boolean covers(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
