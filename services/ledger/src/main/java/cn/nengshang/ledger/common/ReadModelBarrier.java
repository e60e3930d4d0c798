package cn.nengshang.ledger.common;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * Read-your-writes for the API: after a command, waits until every streaming processor has passed the events it
 * caused ({@link WrittenEvents}), so that the next read of a projection shows what was just written; the clock of
 * the simulation, which moves every term at once, waits for the head of the event store instead. A processor being
 * replayed is not waited for.
 */
@Component
public class ReadModelBarrier {

    private static final Logger log = LoggerFactory.getLogger(ReadModelBarrier.class);
    /** The write's own events, then what sagas did on them, then what those did in turn. */
    private static final int ROUNDS = 3;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final WrittenEvents written;
    private final Rebuilds rebuilds;
    private final StoredTokens tokens;
    private final Duration timeout;
    /** Processors that feed no read model, such as the publisher to Kafka, which may wait for a broker. */
    private final Set<String> notWaitedFor;

    public ReadModelBarrier(EventProcessingConfiguration processing, EventStore eventStore, WrittenEvents written,
                            Rebuilds rebuilds, StoredTokens tokens,
                            @Value("${nengshang.read-model-wait:PT10S}") Duration timeout,
                            @Value("${nengshang.read-model-wait-skips:integration}") Set<String> notWaitedFor) {
        this.processing = processing;
        this.notWaitedFor = Set.copyOf(notWaitedFor);
        this.rebuilds = rebuilds;
        this.tokens = tokens;
        this.eventStore = eventStore;
        this.written = written;
        this.timeout = timeout;
    }

    /**
     * Waits until the processors have handled the events of these commands, and again for the events of the
     * commands that processes sent on them, for {@link #ROUNDS} rounds at most: what a process does on an event is
     * written in the same transaction as its processor's position, so once every processor has passed a round's
     * events, the next round's are known. Only the segments that handle an event are waited for — a processor
     * without a handler for it, or a segment that takes other staff, changes no read model on it (and stores its
     * position only after a pause). Other writers' events are not waited for.
     */
    void awaitWritten(List<String> commandIds) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            int awaited = 0;
            List<WrittenEvents.Written> events = written.written(commandIds);
            for (int round = 0; round < ROUNDS && events.size() > awaited; round++) {
                List<WrittenEvents.Written> these = events;
                if (!await(() -> handledEverywhere(these), these.get(these.size() - 1).position(), deadline)) {
                    return;
                }
                awaited = these.size();
                // a process on another replica wrote what it did there, unseen here: read it from the store
                events = waitedFor().allMatch(Positions::holdsAll) ? written.written(commandIds)
                        : written.traced(commandIds, these.get(0).position() - 1);
            }
        } finally {
            written.forget(commandIds);
        }
    }

    /**
     * Waits until the processors have passed the head, and again while what they did (sagas sending commands)
     * moved the head on, so that a write's consequences are all visible when it returns — for {@link #ROUNDS}
     * rounds at most: a saga's command answers within the round after the event it handled, and under load the
     * head moves on by other writers' events, which this write need not wait for.
     */
    public void awaitCaughtUp() {
        long deadline = System.nanoTime() + timeout.toNanos();
        long reached = -1;
        long head;
        for (int round = 0; round < ROUNDS && (head = head()) > reached; round++) {
            long target = head;
            if (!await(() -> passedEverywhere(target), target, deadline)) {
                return;
            }
            reached = head;
        }
    }

    private boolean await(BooleanSupplier reached, long target, long deadline) {
        for (int tries = 0; !reached.getAsBoolean(); tries++) {
            if (System.nanoTime() > deadline) {
                log.warn("read models did not reach event {} within {}", target, timeout);
                return false;
            }
            try {
                // briefly at first; then less often, since a replica without segments asks the token store
                Thread.sleep(tries < 25 ? 2 : 10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** The streaming processors writers wait for: not those that feed no read model, nor one being rebuilt. */
    private Stream<StreamingEventProcessor> waitedFor() {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .filter(e -> !notWaitedFor.contains(e.getKey()))
                // a projection being rebuilt shows the write when it gets there: writers do not wait for it
                .filter(e -> !rebuilds.running(e.getKey(), (StreamingEventProcessor) e.getValue()))
                .map(e -> (StreamingEventProcessor) e.getValue());
    }

    /** Whether every segment of every processor has passed the position. */
    private boolean passedEverywhere(long target) {
        return waitedFor().allMatch(p -> segments(p).stream().allMatch(s -> s.replaying() || passed(s.token(), target)));
    }

    /** Whether every segment that handles one of these events has passed it. */
    private boolean handledEverywhere(List<WrittenEvents.Written> events) {
        return waitedFor().allMatch(processor -> {
            EventHandlerInvoker handlers = processor instanceof AbstractEventProcessor p ? p.eventHandlerInvoker() : null;
            return segments(processor).stream().allMatch(s -> s.replaying() || events.stream()
                    .allMatch(e -> !handles(handlers, e.event(), s.segment()) || passed(s.token(), e.position())));
        });
    }

    private static boolean handles(EventHandlerInvoker handlers, TrackedEventMessage<?> event, Segment segment) {
        return handlers == null || handlers.canHandle(event, segment);
    }

    /** A segment of a processor, where it stands and whether it is being replayed. */
    private record Standing(Segment segment, TrackingToken token, boolean replaying) {
    }

    /**
     * The processor's segments: from this replica's own status when it holds them all (their parts of the events
     * add up to the whole), otherwise from the token store, where the other replicas' segments stand.
     */
    private List<Standing> segments(StreamingEventProcessor processor) {
        if (Positions.holdsAll(processor)) {
            return processor.processingStatus().values().stream().map(s -> new Standing(s.getSegment(),
                    s.getTrackingToken(), Positions.replaying(s.getTrackingToken()))).toList();
        }
        List<StoredTokens.StoredSegment> stored = tokens.of(processor.getName());
        if (stored.isEmpty()) {
            return List.of(new Standing(Segment.ROOT_SEGMENT, null, false)); // not started anywhere yet
        }
        return stored.stream()
                .map(s -> new Standing(s.segment(), s.token(), Positions.replaying(s.token()))).toList();
    }

    /**
     * Whether a segment has handled the event at {@code target}: a position past it is not enough while the event is
     * among the token's gaps — committed after later ones (another writer's transaction took a later position and
     * committed first), it is still to be handled.
     */
    static boolean passed(TrackingToken segmentToken, long target) {
        TrackingToken token = segmentToken instanceof WrappedToken wrapped ? wrapped.lowerBound() : segmentToken;
        if (token instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getIndex() >= target && !gapAware.getGaps().contains(target);
        }
        return token != null && token.position().orElse(-1) >= target;
    }
}
