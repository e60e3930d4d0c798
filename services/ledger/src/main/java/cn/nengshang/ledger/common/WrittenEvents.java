package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where in the event store the events caused by a watched command landed: the command's own events and those of
 * the commands that processes sent on them in turn, which all carry the command's id as their trace. Read-your-writes
 * waits for these positions, not for the head, which would make every writer wait for all others.
 *
 * <p>Events are noted as they are published; their positions are read once their transaction has committed (the
 * global index is given by the database, and only then visible).
 */
@Component
public class WrittenEvents implements MessageDispatchInterceptor<EventMessage<?>> {

    /** The metadata key under which every message carries the id of the message that began its chain. */
    public static final String TRACE = "traceId";
    /** A watch that nobody collected (its request failed between sending and waiting) is dropped after this. */
    private static final Duration FORGOTTEN = Duration.ofMinutes(10);
    private static final String NOTED = WrittenEvents.class.getName() + ".";

    private final Map<String, Watch> watched = new ConcurrentHashMap<>();
    private final NamedParameterJdbcTemplate jdbc;
    private final EventStorageEngine storage;

    WrittenEvents(EventStore eventStore, EventStorageEngine storage, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.storage = storage;
        eventStore.registerDispatchInterceptor(this);
    }

    /** Begins noting where the events traced to this command id land. */
    void watch(String commandId) {
        long now = System.nanoTime();
        watched.values().removeIf(w -> now - w.since > FORGOTTEN.toNanos());
        watched.put(commandId, new Watch(now, List.of()));
    }

    /**
     * An event traced to a watched command, and where it landed in the event store: as the processors see it, a
     * tracked message, since handlers that take its position can handle only those.
     */
    record Written(long position, TrackedEventMessage<?> event) {

        static Written at(long position, EventMessage<?> event) {
            TrackingToken token = new GlobalSequenceTrackingToken(position);
            return new Written(position, event instanceof DomainEventMessage<?> domain
                    ? new GenericTrackedDomainEventMessage<>(token, domain)
                    : new GenericTrackedEventMessage<>(token, event));
        }
    }

    /** The committed events traced to these commands so far, in the order of their positions. */
    List<Written> written(List<String> commandIds) {
        return commandIds.stream().map(watched::get).filter(w -> w != null)
                .flatMap(w -> w.written().stream()).sorted(Comparator.comparingLong(Written::position)).toList();
    }

    /**
     * The events traced to these commands after a position, read from the event store: also those that processes
     * on other replicas wrote for them, which this replica never saw published.
     */
    List<Written> traced(List<String> commandIds, long after) {
        Set<String> traces = Set.copyOf(commandIds);
        try (Stream<? extends TrackedEventMessage<?>> events =
                     storage.readEvents(GapAwareTrackingToken.newInstance(after, Set.of()), false)) {
            return events.filter(e -> e.getMetaData().get(TRACE) != null
                            && traces.contains(e.getMetaData().get(TRACE).toString()))
                    .map(e -> new Written(Positions.of(e.trackingToken()), e)).collect(Collectors.toList());
        }
    }

    void forget(List<String> commandIds) {
        commandIds.forEach(watched::remove);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            note(event);
            return event;
        };
    }

    private void note(EventMessage<?> event) {
        Object trace = event.getMetaData().get(TRACE);
        if (trace == null || !watched.containsKey(trace.toString()) || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        String traceId = trace.toString();
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, EventMessage<?>> events = root.getOrComputeResource(NOTED + traceId, key -> {
            Map<String, EventMessage<?>> noted = new LinkedHashMap<>();
            root.afterCommit(u -> settle(traceId, noted));
            return noted;
        });
        events.put(event.getIdentifier(), event);
    }

    private void settle(String traceId, Map<String, EventMessage<?>> events) {
        List<Written> landed = jdbc.query(
                "select event_identifier, global_index from domain_event_entry where event_identifier in (:ids)",
                Map.of("ids", events.keySet()), (rs, n) -> Written.at(rs.getLong(2), events.get(rs.getString(1))));
        watched.computeIfPresent(traceId, (id, w) -> {
            List<Written> all = new ArrayList<>(w.written());
            all.addAll(landed);
            return new Watch(w.since(), List.copyOf(all));
        });
    }

    private record Watch(long since, List<Written> written) {
    }
}
