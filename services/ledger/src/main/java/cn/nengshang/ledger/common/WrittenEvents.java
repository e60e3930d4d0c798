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
        watched.put(commandId, new Watch(now, -1));
    }

    /** The furthest position of the events traced to these commands so far; -1 when there are none. */
    long furthest(List<String> commandIds) {
        return commandIds.stream().map(watched::get).filter(w -> w != null)
                .mapToLong(Watch::position).max().orElse(-1);
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
        List<String> eventIds = root.getOrComputeResource(NOTED + traceId, key -> {
            List<String> ids = new ArrayList<>();
            root.afterCommit(u -> settle(traceId, ids));
            return ids;
        });
        eventIds.add(event.getIdentifier());
    }

    private void settle(String traceId, List<String> eventIds) {
        Long position = jdbc.queryForObject(
                "select max(global_index) from domain_event_entry where event_identifier in (:ids)",
                Map.of("ids", eventIds), Long.class);
        if (position != null) {
            watched.computeIfPresent(traceId, (id, w) -> new Watch(w.since, Math.max(w.position, position)));
        }
    }

    private record Watch(long since, long position) {
    }
}
