package cn.nengshang.ledger.integration.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Publishes the record's events that other systems read (see {@link PublishedLanguage}) to Kafka, as CloudEvents
 * in binary mode: key and subject the staff id, id the record's event id (a consumer drops a repeat by it), JSON
 * data. The processor's position moves only once the broker has acknowledged every message of its batch
 * (acks=all, idempotent producer): a batch not acknowledged is rolled back and sent again, so a message may
 * arrive twice but never goes missing, and none is skipped or parked. Started on a store with a history, it
 * publishes that history first; it is no projection, so a replay never runs it again (admin/Projections), and its
 * explicit republish sends a range without moving its position.
 */
@ProcessingGroup(IntegrationPublisher.GROUP)
public class IntegrationPublisher {

    public static final String GROUP = "integration";
    static final URI SOURCE = URI.create("urn:nengshang:ledger");
    private static final String PENDING = IntegrationPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;
    private final Duration acknowledgedWithin;
    private final EventStorageEngine store;

    public IntegrationPublisher(KafkaTemplate<String, byte[]> kafka, ObjectMapper json, Duration acknowledgedWithin,
                                EventStorageEngine store) {
        this.kafka = kafka;
        this.json = json;
        this.acknowledgedWithin = acknowledgedWithin;
        this.store = store;
    }

    /**
     * Sends again what the events at the store's positions {@code from} to {@code to} (both included) publish, for
     * a consumer that lost them; returns once the broker acknowledged every message, with how many there were.
     * The publisher's own position does not move.
     */
    public int republish(long from, long to) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        TrackingToken before = from <= 0 ? null : GapAwareTrackingToken.newInstance(from - 1, List.of());
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(before, false)) {
            events.takeWhile(event -> event.trackingToken().position().orElse(Long.MAX_VALUE) <= to)
                    .forEach(event -> PublishedLanguage.of(event.getPayload())
                            .ifPresent(published -> sends.add(kafka.send(record(published, event)))));
        }
        acknowledged(sends);
        return sends.size();
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        PublishedLanguage.of(event).ifPresent(published -> pending().add(kafka.send(record(published, message))));
    }

    /** The CloudEvent a published message is, as a Kafka record. */
    ProducerRecord<String, byte[]> record(PublishedLanguage.Message published, EventMessage<?> message) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(message.getIdentifier())
                .withSource(SOURCE)
                .withType(published.type())
                .withSubject(published.staffId())
                .withTime(message.getTimestamp().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withDataSchema(URI.create("urn:nengshang:schema:" + published.name() + ".v1"))
                .withData(bytes(published.data()))
                .build();
        return KafkaMessageFactory.createWriter(published.topic(), null, null, published.staffId()).writeBinary(event);
    }

    private byte[] bytes(Object data) {
        try {
            return json.writeValueAsBytes(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a published message that cannot be written: " + data, e);
        }
    }

    /** The sends of this batch, waited for before it commits. */
    private List<CompletableFuture<?>> pending() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            batch.onPrepareCommit(u -> acknowledged(sends));
            return sends;
        });
    }

    private void acknowledged(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                    .get(acknowledgedWithin.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotAcknowledged(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new NotAcknowledged(e);
        }
    }

    /** The broker did not acknowledge a message of the batch: the batch is sent again. */
    static final class NotAcknowledged extends RuntimeException {
        NotAcknowledged(Throwable cause) {
            super("the broker did not acknowledge every message of the batch; it is sent again", cause);
        }
    }
}
