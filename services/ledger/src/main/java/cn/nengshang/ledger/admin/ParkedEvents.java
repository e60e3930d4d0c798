package cn.nengshang.ledger.admin;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Everything the event processors could not handle: the read models' dead-letter queues (Axon's, one per
 * processing group, a person's later events queued behind the failed one) and the sagas' parked events
 * (kept here: sagas have no dead-letter queue). Listed and retried by an administrator.
 */
@Component
public class ParkedEvents {

    private static final Logger log = LoggerFactory.getLogger(ParkedEvents.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TransactionManager axonTransactions;
    private final Clock clock;

    ParkedEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions, EventProcessingConfiguration processing,
                 EventStore eventStore, TransactionManager axonTransactions, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.processing = processing;
        this.eventStore = eventStore;
        this.axonTransactions = axonTransactions;
        this.clock = clock;
    }

    /** The processing group of a saga type, as Axon names it. */
    public static String groupOf(Class<?> sagaType) {
        return sagaType.getSimpleName() + "Processor";
    }

    /** One event a processor could not handle, and why. */
    public record Letter(String group, String kind, String sequence, String eventId, long position, String type,
                         String cause, Instant parkedAt, int attempts) {
    }

    /** Parks an event a saga failed on, in its own transaction, so that it stays parked whatever happens next. */
    public void park(String group, EventMessage<?> event, Exception cause) {
        long position = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().orElse(-1L) : -1L;
        String sequence = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        log.error("{} could not handle event {} ({}) of {}: parked", group, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), sequence, cause);
        separately.executeWithoutResult(status -> jdbc.update("""
                        insert into parked_event (processing_group, event_identifier, global_index, payload_type,
                            sequence_id, cause_type, cause_message, parked_at, attempts)
                        values (?, ?, ?, ?, ?, ?, ?, ?, 1)
                        on conflict (processing_group, event_identifier) do update set attempts = parked_event.attempts + 1,
                            cause_type = excluded.cause_type, cause_message = excluded.cause_message""",
                group, event.getIdentifier(), position, event.getPayloadType().getName(), sequence,
                cause.getClass().getName(), String.valueOf(cause.getMessage()), Timestamp.from(clock.instant())));
    }

    /** A read model's handler failed on this event at the database: noted apart, its own transaction being lost. */
    public void noteFailure(String group, EventMessage<?> event, Exception cause) {
        log.error("{} could not store event {} ({}): it will be parked", group, event.getIdentifier(),
                event.getPayloadType().getSimpleName(), cause);
        separately.executeWithoutResult(status -> jdbc.update("""
                        insert into event_failure (processing_group, event_identifier, cause, failed_at)
                        values (?, ?, ?, ?) on conflict (processing_group, event_identifier) do nothing""",
                group, event.getIdentifier(), cause(cause.getClass().getName(), rootMessage(cause)),
                Timestamp.from(clock.instant())));
        failures = new Failures(Long.MIN_VALUE / 2, Map.of());
    }

    /**
     * Why a read model's handler failed on this event at the database, if it did. Asked before every read model
     * handler, so the (nearly always empty) table is read at most twice a second, also by other replicas.
     */
    public Optional<String> failureOf(String group, String eventId) {
        Failures known = failures;
        if (known.readAt() + FAILURES_FRESH_NANOS < System.nanoTime()) {
            Map<String, String> causes = new java.util.HashMap<>();
            jdbc.query("select processing_group, event_identifier, cause from event_failure",
                    rs -> {
                        causes.put(rs.getString(1) + "\n" + rs.getString(2), rs.getString(3));
                    });
            known = new Failures(System.nanoTime(), causes);
            failures = known;
        }
        return Optional.ofNullable(known.causes().get(group + "\n" + eventId));
    }

    private static final long FAILURES_FRESH_NANOS = 500_000_000L;

    private record Failures(long readAt, Map<String, String> causes) {
    }

    private volatile Failures failures = new Failures(Long.MIN_VALUE / 2, Map.of());

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return String.valueOf(root.getMessage()).lines().findFirst().orElse("");
    }

    /** Every parked event, dead letters and parked saga events together, oldest first per group. */
    public List<Letter> all() {
        List<Letter> letters = new ArrayList<>(jdbc.query("""
                        select processing_group, sequence_identifier, event_identifier, sequence_index, payload_type,
                            cause_type, cause_message, enqueued_at, last_touched
                        from dead_letter_entry order by processing_group, sequence_identifier, sequence_index""",
                (rs, n) -> new Letter(rs.getString(1), "DEAD_LETTER", rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), cause(rs.getString(6), rs.getString(7)), rs.getTimestamp(8).toInstant(), 0)));
        letters.addAll(jdbc.query("""
                        select processing_group, sequence_id, event_identifier, global_index, payload_type, cause_type,
                            cause_message, parked_at, attempts
                        from parked_event order by processing_group, global_index""",
                (rs, n) -> new Letter(rs.getString(1), "PARKED", rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), cause(rs.getString(6), rs.getString(7)), rs.getTimestamp(8).toInstant(),
                        rs.getInt(9))));
        return letters;
    }

    /** How many events each processing group holds parked. */
    public Map<String, Long> countsByGroup() {
        Map<String, Long> counts = new TreeMap<>();
        Stream.of("select processing_group, count(*) from dead_letter_entry group by processing_group",
                        "select processing_group, count(*) from parked_event group by processing_group")
                .forEach(sql -> jdbc.query(sql, rs -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                }));
        return counts;
    }

    /** The outcome of a retry: how many events were handled this time, how many stay parked. */
    public record Retried(String group, int handled, long stillParked) {
    }

    /** Hands the group's parked events to its handlers again, in order; what fails again stays parked. */
    /** Forgets the failures noted for a group's events, when its read model starts afresh. */
    public void forgetFailures(String group) {
        jdbc.update("delete from event_failure where processing_group = ?", group);
    }

    public Retried retry(String group) {
        int handled = 0;
        jdbc.update("delete from event_failure where processing_group = ?", group);
        failures = new Failures(Long.MIN_VALUE / 2, Map.of());
        Optional<SequencedDeadLetterProcessor<EventMessage<?>>> letters = processing.sequencedDeadLetterProcessor(group);
        if (letters.isPresent()) {
            for (String first : jdbc.queryForList("""
                    select distinct on (sequence_identifier) event_identifier from dead_letter_entry
                    where processing_group = ? order by sequence_identifier, sequence_index""", String.class, group)) {
                if (retried(() -> letters.get().process(letter -> letter.message().getIdentifier().equals(first)))) {
                    handled++;
                }
            }
        }
        for (String eventId : jdbc.queryForList("select event_identifier from parked_event where processing_group = ?"
                + " order by global_index", String.class, group)) {
            if (retried(() -> redeliver(group, eventId))) handled++;
        }
        return new Retried(group, handled, countsByGroup().getOrDefault(group, 0L));
    }

    /** A retry that fails again (even at the database, losing its transaction) leaves the event parked. */
    private static boolean retried(java.util.function.BooleanSupplier attempt) {
        try {
            return attempt.getAsBoolean();
        } catch (RuntimeException e) {
            log.warn("retrying a parked event failed again: {}", e.toString());
            return false;
        }
    }

    private boolean redeliver(String group, String eventId) {
        Long position = jdbc.queryForObject("select global_index from parked_event where processing_group = ?"
                + " and event_identifier = ?", Long.class, group, eventId);
        Optional<AbstractEventProcessor> processor = processing.eventProcessorByProcessingGroup(group)
                .filter(AbstractEventProcessor.class::isInstance).map(AbstractEventProcessor.class::cast);
        if (position == null || processor.isEmpty()) {
            return false;
        }
        Optional<TrackedEventMessage<?>> event;
        try (var stream = eventStore.openStream(position > 0 ? new GlobalSequenceTrackingToken(position - 1) : null)) {
            event = stream.asStream().limit(1).filter(e -> e.getIdentifier().equals(eventId)).findFirst()
                    .map(e -> (TrackedEventMessage<?>) e);
        }
        if (event.isEmpty()) {
            return false;
        }
        jdbc.update("delete from parked_event where processing_group = ? and event_identifier = ?", group, eventId);
        UnitOfWork<TrackedEventMessage<?>> unit = DefaultUnitOfWork.startAndGet(event.get());
        unit.attachTransaction(axonTransactions);
        unit.executeWithResult(() -> {
            processor.get().eventHandlerInvoker().handle(event.get(), Segment.ROOT_SEGMENT);
            return null;
        });
        return jdbc.queryForObject("select count(*) from parked_event where processing_group = ? and event_identifier = ?",
                Long.class, group, eventId) == 0;
    }

    private static String cause(String type, String message) {
        if (type == null) return message;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return message == null ? simple : simple + ": " + message;
    }
}
