package cn.nengshang.ledger.common;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
     * Waits until the processors have passed the events of these commands, and again for the events of the commands
     * that processes sent on them, for {@link #ROUNDS} rounds at most: what a process does on an event is written in
     * the same transaction as its processor's position, so once every processor has passed a round's events, the
     * next round's are known. Other writers' events are not waited for.
     */
    void awaitWritten(List<String> commandIds) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            long reached = -1;
            long target;
            for (int round = 0; round < ROUNDS && (target = written.furthest(commandIds)) > reached; round++) {
                if (!awaitProcessors(target, deadline)) {
                    return;
                }
                reached = target;
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
            if (!awaitProcessors(head, deadline)) {
                return;
            }
            reached = head;
        }
    }

    private boolean awaitProcessors(long target, long deadline) {
        for (int tries = 0; !caughtUp(target); tries++) {
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

    private boolean caughtUp(long target) {
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                .filter(e -> !notWaitedFor.contains(e.getKey()))
                // a projection being rebuilt shows the write when it gets there: writers do not wait for it
                .filter(e -> !rebuilds.running(e.getKey(), (StreamingEventProcessor) e.getValue()))
                .allMatch(e -> reached(e.getKey(), ((StreamingEventProcessor) e.getValue()).processingStatus(), target));
    }

    /**
     * Whether every segment of the processor has passed the event: from this replica's own status when it holds
     * them all, otherwise from the token store, where the other replicas' segments stand.
     */
    private boolean reached(String processor, Map<Integer, EventTrackerStatus> held, long target) {
        if (!held.isEmpty() && held.size() >= tokens.segments(processor)) {
            return held.values().stream().allMatch(s -> passed(s.getTrackingToken(), target));
        }
        List<TrackingToken> stored = tokens.of(processor);
        return !stored.isEmpty() && stored.stream().allMatch(token -> passed(token, target));
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
