package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.EventMessage;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

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

    WrittenEvents(EventStore eventStore, NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        eventStore.registerDispatchInterceptor(this);
    }

    /** Begins noting where the events traced to this command id land. */
    void watch(String commandId) {
        long now = System.nanoTime();
        watched.values().removeIf(w -> now - w.since > FORGOTTEN.toNanos());
        watched.put(commandId, new Watch(now, List.of()));
    }

    /** An event traced to a watched command, and where it landed in the event store. */
    record Written(long position, EventMessage<?> event) {
    }

    /** The committed events traced to these commands so far, in the order of their positions. */
    List<Written> written(List<String> commandIds) {
        return commandIds.stream().map(watched::get).filter(w -> w != null)
                .flatMap(w -> w.written().stream()).sorted(Comparator.comparingLong(Written::position)).toList();
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
                Map.of("ids", events.keySet()), (rs, n) -> new Written(rs.getLong(2), events.get(rs.getString(1))));
        watched.computeIfPresent(traceId, (id, w) -> {
            List<Written> all = new ArrayList<>(w.written());
            all.addAll(landed);
            return new Watch(w.since(), List.copyOf(all));
        });
    }

    private record Watch(long since, List<Written> written) {
    }
}
