package cn.nengshang.ledger.storage;

import cn.nengshang.ledger.common.SubscribedRegistry;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * At start, before the seeds are loaded and before traffic is accepted: rebuilds each empty
 * {@link SubscribedRegistry} from the whole event store. On an installation whose registries are filled this
 * reads nothing.
 */
@Component
class RegistryRecovery {

    private static final Logger log = LoggerFactory.getLogger(RegistryRecovery.class);

    private final List<SubscribedRegistry> registries;
    private final EventStorageEngine storage;

    RegistryRecovery(List<SubscribedRegistry> registries, EventStorageEngine storage) {
        this.registries = registries;
        this.storage = storage;
    }

    @EventListener(ApplicationStartedEvent.class)
    void recover() {
        List<SubscribedRegistry> empty = registries.stream().filter(SubscribedRegistry::isEmpty).toList();
        if (empty.isEmpty()) {
            return;
        }
        AtomicLong read = new AtomicLong();
        try (Stream<? extends TrackedEventMessage<?>> events = storage.readEvents(null, false)) {
            events.forEach(event -> {
                empty.forEach(registry -> registry.rebuild(event));
                read.incrementAndGet();
            });
        }
        if (read.get() > 0) {
            log.info("rebuilt {} empty registries from {} stored events", empty.size(), read);
        }
    }
}
