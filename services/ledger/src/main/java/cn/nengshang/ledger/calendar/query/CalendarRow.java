package cn.nengshang.ledger.calendar.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "holiday_calendar")
class CalendarRow {

    @Id
    @Column(name = "calendar_id")
    private String calendarId;
    /** The days as JSON, exactly as the event holds them. */
    private String days;
    @Column(name = "replaced_at")
    private Instant replacedAt;
    @Column(name = "replaced_by")
    private String replacedBy;

    protected CalendarRow() {
    }

    CalendarRow(String calendarId, String days, Instant replacedAt, String replacedBy) {
        this.calendarId = calendarId;
        this.days = days;
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
    }

    String calendarId() {
        return calendarId;
    }

    String days() {
        return days;
    }

    Instant replacedAt() {
        return replacedAt;
    }

    String replacedBy() {
        return replacedBy;
    }
}
