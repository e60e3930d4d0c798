package cn.nengshang.ledger.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Parked events, visible: the health shows PARKED (answered 200, readiness is not affected) with the count
 * per processing group, and the gauge {@code nengshang.processing.parked} counts them all.
 */
@Component("processing")
class ProcessingHealth implements HealthIndicator {

    static final Status PARKED = new Status("PARKED", "events the processors could not handle are parked");

    private final ParkedEvents parked;

    ProcessingHealth(ParkedEvents parked, MeterRegistry meters) {
        this.parked = parked;
        Gauge.builder("nengshang.processing.parked", () -> parked.countsByGroup().values().stream()
                        .mapToLong(Long::longValue).sum())
                .description("events the event processors could not handle, parked for an administrator")
                .register(meters);
    }

    @Override
    public Health health() {
        Map<String, Long> counts = parked.countsByGroup();
        return (counts.isEmpty() ? Health.up() : Health.status(PARKED)).withDetail("parked", counts).build();
    }
}
