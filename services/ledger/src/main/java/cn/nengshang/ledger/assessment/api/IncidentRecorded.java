package cn.nengshang.ledger.assessment.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An incident, with the person's institution and department at the time (Q1 counts the department's); severity and
 * effectiveOn were added in revision 1's shape as optional fields (absent, and so null, in what earlier versions wrote).
 */
@Revision("1")
public record IncidentRecorded(StaffId staffId, String incidentId, IncidentType type, LocalDate occurredOn,
                               Integer grade, Responsibility responsibility, LocalDate impactUntil,
                               String description, String institutionId, String departmentId, String severity,
                               LocalDate effectiveOn) implements PersonEvent {

    public IncidentRecorded(StaffId staffId, String incidentId, IncidentType type, LocalDate occurredOn, Integer grade,
                            Responsibility responsibility, LocalDate impactUntil, String description,
                            String institutionId, String departmentId) {
        this(staffId, incidentId, type, occurredOn, grade, responsibility, impactUntil, description, institutionId,
                departmentId, null, null);
    }

    /** The day the incident took effect for the title rules' windows: its appraisal's or finding's, else its own. */
    public LocalDate effectiveDay() {
        return effectiveOn != null ? effectiveOn : occurredOn;
    }

    @Override
    public Text summary() {
        return new Text("记录事件 %s（%s）：%s".formatted(type, occurredOn, description),
                "incident %s (%s) recorded: %s".formatted(type, occurredOn, description));
    }
}
