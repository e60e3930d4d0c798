package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.term.api.MonthlyReport;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One version of a month's report as it was recorded: the first submission is version 1, each correction
 * the next. Keeping every version lets progress be answered as the record stood on any past day.
 */
@Entity
@Table(name = "monthly_report")
@IdClass(ReportVersion.Key.class)
public class ReportVersion {

    @Id
    @Column(name = "term_id")
    private String termId;
    @Id
    private String month;
    @Id
    private int version;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "correction_reason")
    private String correctionReason;
    @JdbcTypeCode(SqlTypes.JSON)
    private MonthlyReport report;

    protected ReportVersion() {
    }

    ReportVersion(String termId, YearMonth month, int version, Instant recordedAt, String recordedBy,
                  String correctionReason, MonthlyReport report) {
        this.termId = termId;
        this.month = month.toString();
        this.version = version;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.correctionReason = correctionReason;
        this.report = report;
    }

    public YearMonth month() {
        return YearMonth.parse(month);
    }

    public int version() {
        return version;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public MonthlyReport report() {
        return report;
    }

    /** The composite key: term, month, version. */
    public static class Key implements Serializable {

        private String termId;
        private String month;
        private int version;

        protected Key() {
        }

        public Key(String termId, String month, int version) {
            this.termId = termId;
            this.month = month;
            this.version = version;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && version == key.version && Objects.equals(termId, key.termId)
                    && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(termId, month, version);
        }
    }
}
