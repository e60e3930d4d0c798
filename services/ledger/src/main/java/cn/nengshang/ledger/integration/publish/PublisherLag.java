package cn.nengshang.ledger.integration.publish;

import cn.nengshang.ledger.common.Positions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The publisher's lag as a metric, {@code nengshang.integration.publisher.lag}: how many positions of the event
 * store it has not yet passed, that is events the broker has not acknowledged (or that publish nothing).
 */
public class PublisherLag implements MeterBinder {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    public PublisherLag(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("nengshang.integration.publisher.lag", this, PublisherLag::lag)
                .description("positions of the event store the Kafka publisher has not yet passed")
                .baseUnit("events").register(registry);
    }

    double lag() {
        long top = Positions.head(events);
        long passed = processing.eventProcessor(IntegrationPublisher.GROUP, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values().stream()
                        .mapToLong(s -> s.getCurrentPosition().orElse(-1)).min().orElse(-1))
                .orElse(-1L);
        return Math.max(0, top - passed);
    }
}
