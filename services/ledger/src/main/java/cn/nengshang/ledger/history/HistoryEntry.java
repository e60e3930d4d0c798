package cn.nengshang.ledger.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "staff_history")
class HistoryEntry {

    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "staff_id")
    private String staffId;
    @Column(name = "event_type")
    private String eventType;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "correlation_id")
    private String correlationId;
    @Column(name = "summary_zh")
    private String summaryZh;
    @Column(name = "summary_en")
    private String summaryEn;
    private Long position;

    protected HistoryEntry() {
    }

    HistoryEntry(String eventId, String staffId, String eventType, Instant occurredAt, String actor,
                 String correlationId, String summaryZh, String summaryEn, Long position) {
        this.position = position;
        this.eventId = eventId;
        this.staffId = staffId;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.correlationId = correlationId;
        this.summaryZh = summaryZh;
        this.summaryEn = summaryEn;
    }

    String eventType() {
        return eventType;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    String correlationId() {
        return correlationId;
    }

    String summaryZh() {
        return summaryZh;
    }

    String summaryEn() {
        return summaryEn;
    }
}
