package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;

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

    /**
     * Whether a segment has yet to reach where it stood when its replay began. (The processor calls a segment
     * replaying until it handles an event past that point, which may be long after it has caught up.)
     */
    public static boolean replaying(EventTrackerStatus segment) {
        return segment.isReplaying() && segment.getTrackingToken() instanceof ReplayToken replay
                && replay.position().orElse(-1) < replay.getTokenAtReset().position().orElse(-1);
    }

    /** Whether any segment of the processor is replaying. */
    public static boolean replaying(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream().anyMatch(Positions::replaying);
    }

    /** A token's position, or null. */
    public static Long of(TrackingToken token) {
        return token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
    }
}
