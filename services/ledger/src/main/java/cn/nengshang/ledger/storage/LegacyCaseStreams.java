package cn.nengshang.ledger.storage;

import cn.nengshang.ledger.casework.api.CarryOverCase;
import cn.nengshang.ledger.casework.api.CaseEvent;
import cn.nengshang.ledger.casework.api.LegacyCaseSteps;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.kernel.CaseId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The streams the version before one record per fact kept for each case (aggregate type {@code CaseFile}, named
 * by the case's id). At start, after the seeds, each such case is asked to take its steps into the person's
 * record ({@link CarryOverCase}); a closed case, or one carried over before, does nothing.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LegacyCaseStreams implements LegacyCaseSteps, ApplicationRunner {

    /** The aggregate type the previous version stored a case's own stream under. */
    static final String CASE_FILE = "CaseFile";
    private static final Logger log = LoggerFactory.getLogger(LegacyCaseStreams.class);

    private final JdbcTemplate jdbc;
    private final EventStore eventStore;
    private final CommandGateway commands;

    LegacyCaseStreams(JdbcTemplate jdbc, EventStore eventStore, CommandGateway commands) {
        this.jdbc = jdbc;
        this.eventStore = eventStore;
        this.commands = commands;
    }

    @Override
    public List<CaseEvent> of(CaseId caseId) {
        if (!cases().contains(caseId.toString())) {
            return List.of();
        }
        return eventStore.readEvents(caseId.toString()).asStream().map(Message::getPayload)
                .filter(CaseEvent.class::isInstance).map(CaseEvent.class::cast).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> cases = cases();
        for (String caseId : cases) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CarryOverCase(CaseId.of(caseId)))
                        .andMetaData(Actor.SYSTEM.toMetaData()));
            } catch (RuntimeException e) {
                log.error("case {} of the previous version could not be carried into its person's record", caseId, e);
            }
        }
        if (!cases.isEmpty()) {
            log.info("{} cases of the previous version looked at for steps to carry over", cases.size());
        }
    }

    private List<String> cases() {
        return jdbc.queryForList("select distinct aggregate_identifier from domain_event_entry where type = ?",
                String.class, CASE_FILE);
    }
}
