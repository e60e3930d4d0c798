package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.Collection;
import java.util.OptionalLong;

/** Positions in the event store: how far a streaming processor has read, and where the head is. */
public final class Positions {

    private Positions() {
    }

    /** The position every segment of the processor has passed, or null before it has read anything. */
    public static Long reached(StreamingEventProcessor processor) {
        OptionalLong reached = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition).mapToLong(at -> at.orElse(-1)).min();
        return reached.isPresent() && reached.getAsLong() >= 0 ? reached.getAsLong() : null;
    }

    /** Whether this replica holds every segment of the processor: their parts of the events add up to the whole. */
    public static boolean holdsAll(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> held = processor.processingStatus().values();
        return !held.isEmpty() && held.stream().mapToDouble(s -> 1.0 / (s.getSegment().getMask() + 1)).sum() > 0.999;
    }

    /**
     * Whether a segment's token is still replaying what came before its reset: a replay token stays one until the
     * segment handles an event written after the reset, but a segment that has come back to where the store stood
     * then is done (and a write after it is waited for again).
     */
    public static boolean replaying(TrackingToken token) {
        if (!(token instanceof ReplayToken replay)) return false;
        Long current = of(replay.getCurrentToken());
        Long atReset = of(replay.getTokenAtReset());
        return atReset != null && (current == null || current < atReset);
    }

    /** The position of the newest event in the store, or -1 while it is empty. */
    public static long head(EventStore events) {
        Long head = of(events.createHeadToken());
        return head == null ? -1 : head;
    }

    /** A token's position, or null. */
    public static Long of(TrackingToken token) {
        return token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
    }
}
