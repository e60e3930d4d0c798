package cn.nengshang.ledger.admin;

import cn.nengshang.ledger.common.Positions;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The processors and the deadlines as metrics, for this replica: per streaming processor the position its
 * segments have passed ({@code nengshang.processor.position}), how far that is behind the head of the event
 * store ({@code nengshang.processor.lag}) and how many segments it holds ({@code nengshang.processor.segments});
 * and the deadlines due and not yet taken by any replica ({@code nengshang.deadlines.due}).
 */
@Component
class ProcessingMetrics implements MeterBinder {

    private final EventProcessingConfiguration processing;
    private final EventStore events;
    private final JdbcTemplate jdbc;

    ProcessingMetrics(EventProcessingConfiguration processing, EventStore events, JdbcTemplate jdbc) {
        this.processing = processing;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) return;
            Gauge.builder("nengshang.processor.position", streaming, ProcessingMetrics::position)
                    .description("the event store position every segment this replica holds has passed")
                    .tag("processor", name).register(registry);
            Gauge.builder("nengshang.processor.lag", streaming, this::lag)
                    .description("positions between the head of the event store and the processor")
                    .tag("processor", name).baseUnit("events").register(registry);
            Gauge.builder("nengshang.processor.segments", streaming, p -> p.processingStatus().size())
                    .description("the processor's segments this replica holds")
                    .tag("processor", name).register(registry);
        });
        Gauge.builder("nengshang.deadlines.due", jdbc, ProcessingMetrics::due)
                .description("deadlines whose time has come and that no replica has taken yet")
                .register(registry);
    }

    private static double position(StreamingEventProcessor processor) {
        Long reached = Positions.reached(processor);
        return reached == null ? -1 : reached;
    }

    private double lag(StreamingEventProcessor processor) {
        if (processor.processingStatus().isEmpty()) return 0;
        return Math.max(0, Positions.head(events) - position(processor));
    }

    private static double due(JdbcTemplate jdbc) {
        Long due = jdbc.queryForObject(
                "select count(*) from scheduled_tasks where picked = false and execution_time <= now()", Long.class);
        return due == null ? 0 : due;
    }
}
