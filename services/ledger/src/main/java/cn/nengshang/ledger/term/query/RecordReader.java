package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.OfTerm;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.term.record.TermRecord;
import cn.nengshang.ledger.term.api.TermEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Rebuilds a term's record from the person's events as it stood at a moment: the same fold the aggregate
 * keeps, over the events recorded before that moment. Corrections made later do not change the answer.
 */
@Component
public class RecordReader {

    private final EventStore eventStore;

    RecordReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<TermRecord> term(TermId termId, Instant before) {
        DomainEventStream stream = eventStore.readEvents(termId.staffId().value(), 0);
        TermRecord record = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object payload = message.getPayload();
            if (payload instanceof TermStarted started && started.termId().equals(termId)) {
                record = new TermRecord(started);
            } else if (record != null && payload instanceof TermEvent event && event.termId().equals(termId)
                    && message.getTimestamp().isBefore(before)) {
                record.apply(event);
            }
        }
        return Optional.ofNullable(record);
    }

    /** When the last fact of a term was recorded — its start, a report, a register entry, a month closing, its end. */
    public Optional<Instant> lastFact(TermId termId) {
        DomainEventStream stream = eventStore.readEvents(termId.staffId().value(), 0);
        Instant last = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (message.getPayload() instanceof OfTerm event && event.termId().equals(termId)) {
                last = message.getTimestamp();
            }
        }
        return Optional.ofNullable(last);
    }
}
