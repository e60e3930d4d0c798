package cn.nengshang.ledger.storage;

import cn.nengshang.ledger.config.NengshangProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import java.time.Duration;
import java.util.Optional;

/**
 * Every serializer of the product names stored types by their stable names; the upcasters read the previous
 * versions' events as today's. Each change of shape is one line here, with what the old shape meant.
 */
@Configuration(proxyBeanMethods = false)
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class StorageConfig {

    @Bean
    StoredTypes storedTypes() {
        return StoredTypes.scan();
    }

    /**
     * Stored decimals are read digit for digit, also where an upcaster reads an event as a JSON tree: a score
     * stored as 62.50 stays 62.50.
     */
    private static Serializer stableNames(ObjectMapper json, StoredTypes types) {
        ObjectMapper exact = json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
        return new StableNamesSerializer(JacksonSerializer.builder().objectMapper(exact), types);
    }

    @Bean
    @Primary
    Serializer serializer(ObjectMapper json, StoredTypes types) {
        return stableNames(json, types);
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(ObjectMapper json, StoredTypes types) {
        return stableNames(json, types);
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(ObjectMapper json, StoredTypes types) {
        return stableNames(json, types);
    }

    /**
     * The event store in PostgreSQL, with its reading and gap settings chosen for this product (ARCHITECTURE "Scaling
     * past one machine"). A processor or a replay reads {@code nengshang.event-store.batch-size} events per query
     * (1,000: a replay of millions of events is thousands of queries, not tens of thousands). A gap in the global
     * index — a position taken by a transaction not yet committed, or never to be — is waited for while it is
     * younger than {@code gap-timeout} (60 s: far longer than any write transaction here, which commits within
     * milliseconds and never waits on a read model) and within {@code max-gap-offset} positions of the newest event
     * seen (10,000: at a month-end burst's few hundred events a second, tens of seconds). Gaps are cleaned once more
     * than {@code gap-cleaning-threshold} are held (50), so that the fetch query's list of gaps stays short: with
     * any gap held, PostgreSQL reads that query as "everything after the token, or these positions", which costs
     * more the further behind the head the token is. No transaction outlives the gap timeout: PostgreSQL ends a
     * session left idle in a transaction after {@code nengshang.db.idle-transaction-timeout} (20 s), and the
     * service refuses to start unless that is the shorter.
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer serializer, PersistenceExceptionResolver exceptions,
                                          @Qualifier("eventSerializer") Serializer events,
                                          org.axonframework.config.Configuration axon,
                                          EntityManagerProvider entityManagers, TransactionManager transactions,
                                          Environment environment, NengshangProperties properties) {
        int gapTimeout = environment.getProperty("nengshang.event-store.gap-timeout", Integer.class, 60_000);
        Duration idle = properties.db() == null ? null : properties.db().idleTransactionTimeout();
        if (idle == null || idle.isZero() || idle.isNegative() || idle.toMillis() >= gapTimeout) {
            throw new IllegalStateException("nengshang.db.idle-transaction-timeout (" + idle + ") must be shorter than"
                    + " nengshang.event-store.gap-timeout (" + gapTimeout + " ms): a transaction left open longer than"
                    + " the gap timeout could commit an event the processors no longer wait for");
        }
        return new SnapshotReadWhole(JpaEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(exceptions)
                .eventSerializer(events)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagers)
                .transactionManager(transactions)
                .batchSize(environment.getProperty("nengshang.event-store.batch-size", Integer.class, 1000))
                .gapTimeout(gapTimeout)
                .maxGapOffset(environment.getProperty("nengshang.event-store.max-gap-offset", Integer.class, 10_000))
                .gapCleaningThreshold(environment.getProperty("nengshang.event-store.gap-cleaning-threshold",
                        Integer.class, 50)));
    }

    /**
     * The event store over that engine. Events another replica wrote are read every {@code
     * nengshang.event-store.fetch-delay} while the processors here are caught up (100 ms: Axon's default of a second
     * is what a write waits on a replica whose processors run elsewhere); this replica's own writes wake its
     * processors at once.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  Environment environment) {
        return EmbeddedEventStore.builder().storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class))
                .fetchDelay(environment.getProperty("nengshang.event-store.fetch-delay", Duration.class,
                        Duration.ofMillis(100)).toMillis())
                .build();
    }

    /**
     * A snapshot is read whole as soon as it is found: one that cannot be read — written by a bug, or by a form
     * that kept its revision — is then passed over with a warning and the record is read from its events, where
     * reading it later would fail the command.
     */
    static final class SnapshotReadWhole extends JpaEventStorageEngine {

        SnapshotReadWhole(JpaEventStorageEngine.Builder builder) {
            super(builder);
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
            snapshot.ifPresent(DomainEventMessage::getPayload);
            return snapshot;
        }
    }

    @Bean
    EventUpcasterChain upcasters(StoredTypes types) {
        return new EventUpcasterChain(
                new LegacyNames(types),
                // a case opened before it named its term's policy follows the policy in force when it was opened
                new ShapeUpcaster("CaseOpened", "1", "2", node -> node.putNull("policyId")),
                // a report submitted before lateness was marked was on time: late first reports were refused then
                new ShapeUpcaster("MonthlyReportSubmitted", "1", "2", node -> node.put("late", false)),
                // a grade change was a down-grade when its reason, the case's outcome, said so
                new ShapeUpcaster("PostGradeChanged", "1", "2",
                        node -> node.put("downgrade", "DOWNGRADED".equals(node.path("reason").asText()))));
    }
}
