package cn.nengshang.ledger.assessment.query;

import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.common.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Keeps every incident with the department it happened in, for Q1 and for listing. It runs in the task-progress
 * processor, first, so that the terms of the department are evaluated with the incident in the list. A replay of
 * that processor leaves the list in place (commands judge by it meanwhile) and writes each incident again under
 * its own id, which changes nothing.
 */
@Component
@ProcessingGroup("progress")
@Order(1)
class IncidentProjection {

    private final IncidentRepository incidents;

    IncidentProjection(IncidentRepository incidents) {
        this.incidents = incidents;
    }

    @EventHandler
    void on(IncidentRecorded e, @Timestamp Instant at, @MetaDataValue(Actor.SUB) String actor) {
        incidents.save(new IncidentRow(e.incidentId(), e.staffId().value(), e.institutionId(), e.departmentId(),
                e.type(), e.occurredOn(), e.grade(), e.responsibility(), e.impactUntil(), e.description(), at, actor));
    }
}
