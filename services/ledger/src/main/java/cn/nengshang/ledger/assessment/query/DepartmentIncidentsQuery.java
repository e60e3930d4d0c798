package cn.nengshang.ledger.assessment.query;

import cn.nengshang.ledger.assessment.api.DepartmentIncidents;
import cn.nengshang.policy.facts.Incident;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/** The department's incidents from the incident list, as recorded before a moment (an as-of answer stays one). */
@Component
class DepartmentIncidentsQuery implements DepartmentIncidents {

    private final IncidentRepository incidents;

    DepartmentIncidentsQuery(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Incident> of(String institutionId, String departmentId, Instant before) {
        return incidents.ofDepartment(institutionId, departmentId, before).stream().map(IncidentRow::toFact).toList();
    }
}
