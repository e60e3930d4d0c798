package cn.nengshang.ledger.history;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.kernel.PersonEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Writes one history line for every event of a person's record. */
@Component
@ProcessingGroup("history")
class HistoryProjection {

    private final HistoryRepository history;

    HistoryProjection(HistoryRepository history) {
        this.history = history;
    }

    @EventHandler
    void on(PersonEvent event, @MessageIdentifier String eventId, @Timestamp Instant at,
            @MetaDataValue(Actor.SUB) String actor, @MetaDataValue(Commands.CORRELATION_ID) String correlationId,
            TrackingToken token) {
        history.save(new HistoryEntry(eventId, event.staffId().value(), event.getClass().getSimpleName(), at,
                actor == null ? "system" : actor, correlationId, event.summary().zh(), event.summary().en(),
                token == null ? null : token.position().orElse(-1)));
    }

    @ResetHandler
    void reset() {
        history.deleteAllInBatch();
    }
}
