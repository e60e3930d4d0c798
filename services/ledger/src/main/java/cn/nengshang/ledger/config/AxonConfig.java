package cn.nengshang.ledger.config;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ProcessingNode;
import cn.nengshang.ledger.common.WrittenEvents;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.UUID;

/** Axon: metadata every message passes on, and the clock that stamps events. */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** Commands carry the actor; the events and commands they cause carry it on. */
    @Bean
    CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(Actor.SUB, Actor.ROLES, Actor.INSTITUTION, Actor.DEPARTMENT);
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider(Commands.CORRELATION_ID, WrittenEvents.TRACE);
    }

    @Bean
    ProcessingNode processingNode(Environment environment) {
        return new ProcessingNode(environment.getProperty("nengshang.node-id",
                ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)));
    }

    /** The processors' positions and claims, shared by every replica on the database, claimed under its node id. */
    @Bean
    TokenStore tokenStore(@Qualifier("serializer") Serializer serializer, EntityManagerProvider entityManagers,
                          TokenStoreProperties properties, ProcessingNode node) {
        return JpaTokenStore.builder().entityManagerProvider(entityManagers).serializer(serializer)
                .claimTimeout(properties.getClaimTimeout()).nodeId(node.id()).build();
    }

    /**
     * The person's record stays in memory between commands for as long as something else holds it or no
     * collection has run since (weak references: the heap decides, never a count to tune). A command that fails
     * takes its record out of the cache, so the next one reads it again from the event store.
     */
    @Bean
    Cache personCache() {
        return new WeakReferenceCache();
    }

    /**
     * A snapshot of the person's record after every {@code nengshang.snapshots.after-events} events (25: about a
     * term's reports), taken once the command that passed the count has committed, so that reading a record that
     * is not in the cache reads one snapshot and the few events after it instead of every event since it began.
     */
    @Bean
    SnapshotTriggerDefinition personSnapshots(Snapshotter snapshotter, Environment environment) {
        return new EventCountSnapshotTriggerDefinition(snapshotter,
                environment.getProperty("nengshang.snapshots.after-events", Integer.class, 25));
    }

    /** Real time, everywhere but in the simulation profile, which brings its own clock. */
    @Bean
    @Profile("!simulation")
    Clock clock() {
        return Clock.system(BusinessTime.ZONE);
    }

    /**
     * Events are stamped by the same clock as everything else, so that "as of" answers agree with it. Axon keeps
     * that clock in one static field: it is given back to real time when the application (a simulation among
     * them) stops, also when it fails to start.
     */
    @Bean
    EventClock eventClock(Clock clock) {
        return new EventClock(clock);
    }

    static final class EventClock implements InitializingBean, DisposableBean {

        private final Clock clock;

        EventClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void afterPropertiesSet() {
            GenericEventMessage.clock = clock;
        }

        @Override
        public void destroy() {
            if (GenericEventMessage.clock == clock) {
                GenericEventMessage.clock = Clock.systemUTC();
            }
        }
    }
}
