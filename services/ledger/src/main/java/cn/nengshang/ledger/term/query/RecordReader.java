package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.kernel.AppointmentMoved;
import cn.nengshang.ledger.kernel.OpenCaseChanged;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.OfTerm;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.term.record.TermRecord;
import cn.nengshang.ledger.term.api.TermEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

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
        return read(termId, before).map(Read::record);
    }

    /** A term's record as it stood, with where its person stood then. */
    public record Read(TermRecord record, TermStanding standing) {
    }

    /**
     * A term's record as it stood at a moment, and in the same pass where its person stood: their appointment,
     * their open case, and whether the term is in a rectification period.
     */
    public Optional<Read> read(TermId termId, Instant before) {
        DomainEventStream stream = eventStore.readEvents(termId.staffId().value(), 0);
        TermRecord record = null;
        String appointment = null;
        String openCase = null;
        Set<String> rectifications = new HashSet<>();
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object payload = message.getPayload();
            if (payload instanceof TermStarted started && started.termId().equals(termId)) {
                record = new TermRecord(started);
            } else if (!message.getTimestamp().isBefore(before)) {
                continue;
            } else if (payload instanceof TermEvent event) {
                if (record != null && event.termId().equals(termId)) record.apply(event);
            } else if (payload instanceof AppointmentMoved moved) {
                appointment = moved.movedTo();
            } else if (payload instanceof OpenCaseChanged changed) {
                openCase = changed.openCase() == null ? null : changed.openCase().toString();
            } else if (payload instanceof RectificationStarted started && started.termId().equals(termId)) {
                rectifications.add(started.rectificationId());
            } else if (payload instanceof RectificationJudged judged) {
                rectifications.remove(judged.rectificationId());
            }
        }
        if (record == null) return Optional.empty();
        return Optional.of(new Read(record, new TermStanding(appointment, openCase, !rectifications.isEmpty())));
    }

    /**
     * When the last fact of a term's row was recorded — its start, a report, a register entry, a month closing, its
     * end, a rectification of it, or its person's appointment moving or case opening or concluding.
     */
    public Optional<Instant> lastFact(TermId termId) {
        DomainEventStream stream = eventStore.readEvents(termId.staffId().value(), 0);
        Instant last = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (ofRow(message.getPayload(), termId)) {
                last = message.getTimestamp();
            }
        }
        return Optional.ofNullable(last);
    }

    /** Whether an event of the term's person changes what the term's row shows. */
    static boolean ofRow(Object event, TermId termId) {
        return event instanceof OfTerm term ? term.termId().equals(termId)
                : event instanceof AppointmentMoved || event instanceof OpenCaseChanged;
    }
}
