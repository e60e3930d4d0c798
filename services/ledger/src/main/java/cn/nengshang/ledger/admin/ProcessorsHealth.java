package cn.nengshang.ledger.admin;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Part of readiness: every streaming processor of the read models runs on this replica and is not failing
 * (a processor in error retries with back-off, so its read model falls behind). A processor may hold no
 * segment while another replica holds them all. The processors writers do not wait for (the Kafka publisher,
 * whose broker may be away) are shown but do not make the replica unready.
 */
@Component("processors")
class ProcessorsHealth implements HealthIndicator {

    private final EventProcessingConfiguration processing;
    private final Set<String> notWaitedFor;

    ProcessorsHealth(EventProcessingConfiguration processing,
                     @Value("${nengshang.read-model-wait-skips:integration}") Set<String> notWaitedFor) {
        this.processing = processing;
        this.notWaitedFor = notWaitedFor;
    }

    @Override
    public Health health() {
        Map<String, String> states = new TreeMap<>();
        boolean ready = true;
        for (Map.Entry<String, ?> entry : processing.eventProcessors().entrySet()) {
            if (!(entry.getValue() instanceof StreamingEventProcessor processor)) continue;
            String state = !processor.isRunning() ? "STOPPED" : processor.isError() ? "FAILING" : "RUNNING";
            states.put(entry.getKey(), state + ", " + processor.processingStatus().size() + " segments held");
            if (!state.equals("RUNNING") && !notWaitedFor.contains(entry.getKey())) ready = false;
        }
        return (ready ? Health.up() : Health.down()).withDetails(Map.copyOf(states)).build();
    }
}
