package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

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
