package cn.nengshang.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The ledger against a real Kafka broker (a single KRaft node in the benchmark's process), once every other figure
 * is measured. The ceiling: a producer of the publisher's settings (acks=all, idempotent) sending messages of the
 * published messages' size as fast as the broker acknowledges them. P7: the ledger restarted with Kafka on
 * publishes the record's whole history from the first event, as it would the day Kafka is switched on: events of
 * the store passed per second and messages acknowledged per second. P8: a hospital system's corrections of a
 * month, one record per senior on {@code nengshang.monthly-metrics.v1}, until every one is in the event store.
 */
final class KafkaRun implements AutoCloseable {

    static final List<String> PUBLISHED = List.of("nengshang.appointments.v1", "nengshang.assessments.v1",
            "nengshang.cases.v1");
    private static final String INTAKE = "nengshang.monthly-metrics.v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CEILING_MESSAGES = 20_000;

    private final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 3);

    record Figures(double ceilingPerSecond, long passedEvents, double publishSeconds, long published,
                   long intakeRecords, double intakeSeconds) {

        double passedPerSecond() {
            return passedEvents / publishSeconds;
        }

        double publishedPerSecond() {
            return published / publishSeconds;
        }

        double intakePerSecond() {
            return intakeRecords / intakeSeconds;
        }
    }

    KafkaRun() {
        broker.kafkaPorts(0);
        broker.afterPropertiesSet();
    }

    String bootstrap() {
        return broker.getBrokersAsString();
    }

    /** Messages per second a producer with the publisher's settings gets acknowledged, ~500 bytes each. */
    double ceiling() throws Exception {
        byte[] value = new byte[500];
        Arrays.fill(value, (byte) 'x');
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>("bench.ceiling", "warm", value)).get();
            long began = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < CEILING_MESSAGES; i++) {
                sent.add(producer.send(new ProducerRecord<>("bench.ceiling", "BENCH-" + (i % 1000), value)));
            }
            for (Future<?> future : sent) future.get();
            return CEILING_MESSAGES / ((System.nanoTime() - began) / 1e9);
        }
    }

    /**
     * P7: once the publisher's lag is 0, the window it published in, from the first message's timestamp to the
     * last's (the producer's own clock, so the ledger's start does not count), over the store's events.
     */
    Figures publish(Ledger ledger, String admin, double ceiling, long storeEvents) throws Exception {
        long until = System.nanoTime() + Duration.ofHours(2).toNanos();
        while (ledger.get("/actuator/metrics/nengshang.integration.publisher.lag", admin).body()
                .path("measurements").path(0).path("value").asDouble(-1) != 0) {
            if (System.nanoTime() > until) throw new IllegalStateException("the publisher did not catch up");
            Thread.sleep(50);
        }
        long[] window = window(PUBLISHED);
        double seconds = Math.max((window[1] - window[0]) / 1e3, 1e-3);
        return new Figures(ceiling, storeEvents, seconds, endOffsets(PUBLISHED), 0, Double.NaN);
    }

    /** The first and the last timestamp of the messages on these topics, in milliseconds. */
    private long[] window(List<String> topics) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            for (String topic : topics) {
                for (var info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    TopicPartition partition = new TopicPartition(topic, info.partition());
                    long end = consumer.endOffsets(List.of(partition)).get(partition);
                    if (end == 0) continue;
                    consumer.assign(List.of(partition));
                    for (long offset : new long[]{0, end - 1}) {
                        consumer.seek(partition, offset);
                        var records = consumer.poll(Duration.ofSeconds(10)).records(partition);
                        if (records.isEmpty()) throw new IllegalStateException("no message at " + partition);
                        long at = records.get(0).timestamp();
                        first = Math.min(first, at);
                        last = Math.max(last, at);
                    }
                }
            }
        }
        return new long[]{first, last};
    }

    /** P8: one correction of {@code month} per senior from their hospital's system, until all are stored. */
    Figures intake(Figures published, List<Bench.Senior> seniors, YearMonth month, DataSource database)
            throws Exception {
        long before = corrections(database);
        long began = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (Bench.Senior senior : seniors) {
                Map<String, Object> record = new LinkedHashMap<>(Bench.reportOf(month));
                record.replaceAll((field, value) -> value instanceof Integer && !field.equals("grassrootsServices")
                        ? 4 : value);
                record.put("correctionReason", "医院信息系统复核后更正");
                record.put("termId", senior.termId());
                record.put("month", month.toString());
                record.put("source", source(senior.institution()));
                record.put("sourceRecordId", "HIS-" + senior.staffId() + "-" + month);
                producer.send(new ProducerRecord<>(INTAKE, senior.staffId(), JSON.writeValueAsBytes(record)));
            }
            producer.flush();
        }
        long until = System.nanoTime() + Duration.ofHours(1).toNanos();
        while (corrections(database) < before + seniors.size()) {
            if (System.nanoTime() > until || endOffsets(List.of(INTAKE + ".DLT")) > 0) {
                throw new IllegalStateException("the intake did not store every record; see the DLT");
            }
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Figures(published.ceilingPerSecond(), published.passedEvents(), published.publishSeconds(),
                published.published(), seniors.size(), seconds);
    }

    /** The hospital system's source name and the scope the ledger grants it: the institution. */
    static String source(String institution) {
        return "bench-" + institution;
    }

    static List<String> grants(List<String> institutions) {
        return institutions.stream().distinct()
                .map(i -> "--nengshang.kafka.intake.sources." + source(i) + ".institution=" + i).toList();
    }

    private static long corrections(DataSource database) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
             ResultSet count = s.executeQuery(
                     "select count(*) from domain_event_entry where payload_type = 'MonthlyReportCorrected'")) {
            count.next();
            return count.getLong(1);
        }
    }

    private long endOffsets(List<String> topics) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1));
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5));
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
