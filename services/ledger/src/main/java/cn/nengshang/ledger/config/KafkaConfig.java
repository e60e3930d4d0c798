package cn.nengshang.ledger.config;

import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.integration.BrokerHealth;
import cn.nengshang.ledger.integration.intake.MetricsIntake;
import cn.nengshang.ledger.integration.publish.IntegrationPublisher;
import cn.nengshang.ledger.integration.publish.PublishedLanguage;
import cn.nengshang.ledger.integration.publish.PublisherLag;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.term.intake.MonthIntake;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kafka, when {@code NENGSHANG_KAFKA_BOOTSTRAP} names a broker (off otherwise: the run command needs none). The
 * record's decisions go out through {@link IntegrationPublisher}, monthly metrics from hospital systems come in
 * through {@link MetricsIntake}; the topics are created when missing.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${nengshang.kafka.bootstrap:}'.isBlank()")
class KafkaConfig {

    private static Map<String, Object> client(Environment environment) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, environment.getRequiredProperty("nengshang.kafka.bootstrap"),
                CommonClientConfigs.CLIENT_ID_CONFIG, environment.getProperty("nengshang.kafka.client-id", "nengshang-ledger"));
    }

    /** What is published is JSON of its own, dates as ISO text, whatever the API's settings. */
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Bean
    BrokerHealth kafkaHealthIndicator(Environment environment) {
        return new BrokerHealth(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getRequiredProperty("nengshang.kafka.bootstrap")), Duration.ofSeconds(3));
    }

    @Bean
    PublisherLag publisherLag(EventProcessingConfiguration processing, EventStore events) {
        return new PublisherLag(processing, events);
    }

    @Bean
    KafkaAdmin kafkaAdmin(Environment environment) {
        KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getRequiredProperty("nengshang.kafka.bootstrap")));
        // a broker away at start delays the start by at most this much; the topics are then made at the next start
        // (or by the broker, where it creates topics as they are first written to)
        admin.setFatalIfBrokerNotAvailable(false);
        admin.setOperationTimeout(10);
        return admin;
    }

    @Bean
    KafkaAdmin.NewTopics integrationTopics(Environment environment) {
        int partitions = environment.getProperty("nengshang.kafka.partitions", Integer.class, 3);
        short replicas = environment.getProperty("nengshang.kafka.replicas", Short.class, (short) 1);
        List<String> names = new ArrayList<>(PublishedLanguage.TOPICS);
        names.add(MetricsIntake.TOPIC);
        names.add(MetricsIntake.DEAD_LETTERS);
        return new KafkaAdmin.NewTopics(names.stream()
                .map(name -> TopicBuilder.name(name).partitions(partitions).replicas(replicas).build())
                .toArray(NewTopic[]::new));
    }

    /**
     * Every message is acknowledged by all in-sync replicas, once (an idempotent producer keeps a partition's
     * order through its retries); a broker away is waited for {@code nengshang.kafka.delivery-timeout} (30 s)
     * before the batch is given up and sent again.
     */
    @Bean
    ProducerFactory<String, byte[]> integrationProducers(Environment environment) {
        Duration delivery = environment.getProperty("nengshang.kafka.delivery-timeout", Duration.class,
                Duration.ofSeconds(30));
        Map<String, Object> settings = new HashMap<>(client(environment));
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(delivery.toMillis() / 2, 10_000));
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) delivery.toMillis());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, delivery.toMillis());
        return new DefaultKafkaProducerFactory<>(settings);
    }

    @Bean
    KafkaTemplate<String, byte[]> integrationKafka(ProducerFactory<String, byte[]> producers) {
        return new KafkaTemplate<>(producers);
    }

    @Bean
    IntegrationPublisher integrationPublisher(KafkaTemplate<String, byte[]> kafka, Environment environment,
                                              EventStorageEngine store) {
        return new IntegrationPublisher(kafka, JSON, acknowledgedWithin(environment), store);
    }

    @Bean
    ConsumerFactory<String, byte[]> metricsConsumers(Environment environment, ObjectProvider<MeterRegistry> meters) {
        Map<String, Object> settings = new HashMap<>(client(environment));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, environment.getProperty("nengshang.kafka.group-id", "nengshang-ledger"));
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        DefaultKafkaConsumerFactory<String, byte[]> factory = new DefaultKafkaConsumerFactory<>(settings);
        // the intake's consumer lag (kafka.consumer.fetch.manager.records.lag...) among the metrics
        meters.ifAvailable(registry -> factory.addListener(new MicrometerConsumerListener<>(registry)));
        return factory;
    }

    /**
     * Records are taken a poll at a time, by a consumer per partition, and their offsets committed once the listener
     * returned: every outcome is known and every refusal is on the DLT. A failure of the service itself retries the
     * batch every second, for as long as it lasts, never skipping a record.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> metricsListeners(ConsumerFactory<String, byte[]> consumers,
                                                                           Environment environment) {
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        // a consumer per partition of the topics made here: a staff id's records stay on one, in order
        factory.setConcurrency(environment.getProperty("nengshang.kafka.partitions", Integer.class, 3));
        factory.setBatchListener(true);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.BATCH);
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(1000L, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return factory;
    }

    @Bean
    MetricsIntake metricsIntake(MonthIntake intake, Commands commands, PeopleDirectory people,
                                KafkaTemplate<String, byte[]> kafka, Environment environment) {
        Map<String, MetricsIntake.Grant> sources = Binder.get(environment)
                .bind("nengshang.kafka.intake.sources", Bindable.mapOf(String.class, MetricsIntake.Grant.class))
                .orElse(Map.of());
        return new MetricsIntake(intake, commands, people, sources, kafka, JSON, acknowledgedWithin(environment));
    }

    private static Duration acknowledgedWithin(Environment environment) {
        return environment.getProperty("nengshang.kafka.delivery-timeout", Duration.class, Duration.ofSeconds(30))
                .plusSeconds(5);
    }
}
