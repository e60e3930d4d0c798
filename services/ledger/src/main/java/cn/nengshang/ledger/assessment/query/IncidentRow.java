package cn.nengshang.ledger.assessment.query;

import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "incident")
public class IncidentRow {

    @Id
    @Column(name = "incident_id")
    private String incidentId;
    @Column(name = "staff_id")
    private String staffId;
    @Column(name = "institution_id")
    private String institutionId;
    @Column(name = "department_id")
    private String departmentId;
    @Enumerated(EnumType.STRING)
    private IncidentType type;
    @Column(name = "occurred_on")
    private LocalDate occurredOn;
    private Integer grade;
    @Enumerated(EnumType.STRING)
    private Responsibility responsibility;
    @Column(name = "impact_until")
    private LocalDate impactUntil;
    private String description;
    @Column(name = "recorded_at")
    private Instant recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected IncidentRow() {
    }

    IncidentRow(String incidentId, String staffId, String institutionId, String departmentId, IncidentType type,
                LocalDate occurredOn, Integer grade, Responsibility responsibility, LocalDate impactUntil,
                String description, Instant recordedAt, String recordedBy) {
        this.incidentId = incidentId;
        this.staffId = staffId;
        this.institutionId = institutionId;
        this.departmentId = departmentId;
        this.type = type;
        this.occurredOn = occurredOn;
        this.grade = grade;
        this.responsibility = responsibility;
        this.impactUntil = impactUntil;
        this.description = description;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Incident toFact() {
        return new Incident(type, occurredOn, grade, responsibility, impactUntil);
    }

    public record View(String incidentId, String staffId, IncidentType type, LocalDate occurredOn, Integer grade,
                       Responsibility responsibility, LocalDate impactUntil, String description, Instant recordedAt,
                       String recordedBy) {
    }

    public View view() {
        return new View(incidentId, staffId, type, occurredOn, grade, responsibility, impactUntil, description,
                recordedAt, recordedBy);
    }
}
