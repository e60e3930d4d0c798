package cn.nengshang.ledger.term.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

@Entity
@Table(name = "overdue_report")
@IdClass(OverdueReport.Key.class)
public class OverdueReport {

    @Id
    @Column(name = "term_id")
    private String termId;
    @Id
    private String month;
    @Column(name = "staff_id")
    private String staffId;
    @Column(name = "institution_id")
    private String institutionId;
    @Column(name = "department_id")
    private String departmentId;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected OverdueReport() {
    }

    OverdueReport(String termId, String month, String staffId, String institutionId, String departmentId,
                  LocalDate dueOn, Instant recordedAt) {
        this.termId = termId;
        this.month = month;
        this.staffId = staffId;
        this.institutionId = institutionId;
        this.departmentId = departmentId;
        this.dueOn = dueOn;
        this.recordedAt = recordedAt;
    }

    public record View(String staffId, String termId, String month, LocalDate dueOn) {
    }

    public View view() {
        return new View(staffId, termId, month, dueOn);
    }

    public String institutionId() {
        return institutionId;
    }

    public String departmentId() {
        return departmentId;
    }

    /** The composite key: term and month. */
    public static class Key implements Serializable {

        private String termId;
        private String month;

        protected Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(termId, key.termId) && Objects.equals(month, key.month);
        }

        @Override
        public int hashCode() {
            return Objects.hash(termId, month);
        }
    }
}
