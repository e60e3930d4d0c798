package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import cn.nengshang.ledger.integration.intake.MetricsIntake;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hospital information system's monthly metrics on {@code nengshang.monthly-metrics.v1}, against a real broker:
 * a record is submitted as the department's PUT would be and shows in progress; the same record again writes
 * nothing; a refused record and one that is not JSON land on the DLT with their codes, and the records after them
 * go on.
 */
class MetricsIntakeTest {

    private static final String SOURCE = "his-cele-people-hospital";
    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    private static EmbeddedKafkaKraftBroker broker;
    private static ConfigurableApplicationContext context;
    private static KafkaProducer<String, byte[]> producer;
    private static Api hr;
    private static Api surgery;

    @BeforeAll
    static void start() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        String data = Files.createTempDirectory("intake").toString();
        context = new SpringApplicationBuilder(NengshangApplication.class).profiles("local")
                .run("--server.port=0", "--nengshang.data-dir=" + data, "--nengshang.db.url=",
                        "--nengshang.kafka.bootstrap=" + broker.getBrokersAsString());
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        hr = new Api(port).as("hr-officer", null, null, "HR_CENTER");
        surgery = new Api(port).as("surgery-head", Scenarios.HOSPITAL, Scenarios.SURGERY, "DEPARTMENT");
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @AfterAll
    static void stop() {
        if (producer != null) producer.close();
        if (context != null) context.close();
        if (broker != null) broker.destroy();
    }

    private static Map<String, Object> record(String termId, int each, String source, String correctionReason) {
        Map<String, Object> record = new LinkedHashMap<>(ApiTestBase.report(each, MONTH.atDay(4).toString()));
        record.put("termId", termId);
        record.put("month", MONTH.toString());
        record.put("source", source);
        record.put("sourceRecordId", "HIS-" + UUID.randomUUID());
        if (correctionReason != null) record.put("correctionReason", correctionReason);
        return record;
    }

    private static void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(MetricsIntake.TOPIC, key, value)).get();
    }

    private static void send(String key, Map<String, Object> record) throws Exception {
        send(key, Api.JSON.writeValueAsBytes(record));
    }

    private static <T> T await(Supplier<T> value, java.util.function.Predicate<T> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T current = value.get();
        while (!done.test(current) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            current = value.get();
        }
        return current;
    }

    private int reportEvents(String staffId) {
        return context.getBean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry"
                + " where aggregate_identifier = ? and payload_type like 'MonthlyReport%' and payload_type not like"
                + " '%Overdue'", Integer.class, staffId);
    }

    @Test
    void aHospitalSystemsRecordsAreSubmittedAsTheDepartmentWouldAndTheRefusedOnesGoToTheDeadLetters()
            throws Exception {
        String staffId = "KAFKA-IN";
        String termId = Scenarios.aSurgeonWithATermFrom(hr, staffId, MONTH.minusMonths(1));
        String path = "/terms/" + termId + "/monthly-reports/" + MONTH;

        send(staffId, record(termId, 2, SOURCE, null));
        Api.Reply report = await(() -> surgery.get(path), r -> r.status() == 200);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.body().path("recordedBy").asText()).isEqualTo(SOURCE);
        assertThat(report.body().path("teachingRounds").asInt()).isEqualTo(2);
        JsonNode progress = hr.get("/terms/" + termId + "/progress").body();
        assertThat(progress.path("tasks").findValues("actual")).as("the month counts in progress")
                .anyMatch(actual -> actual.asDouble() > 0);

        send(staffId, record(termId, 2, SOURCE, null));                   // the same figures again: nothing
        send(staffId, record(termId, 3, SOURCE, null));                   // changed without a reason: refused
        send(staffId, "not json".getBytes(StandardCharsets.UTF_8));      // poison: refused
        send(staffId, record(termId, 3, "some-other-system", "更正")); // a source without a grant: refused
        send(staffId, record(termId, 4, SOURCE, "HIS 补录手术"));          // a correction: the record goes on

        Api.Reply corrected = await(() -> surgery.get(path), r -> r.body().path("version").asInt() == 2);
        assertThat(corrected.body().path("teachingRounds").asInt()).isEqualTo(4);
        assertThat(corrected.body().path("correctionReason").asText()).isEqualTo("HIS 补录手术");
        assertThat(reportEvents(staffId)).as("one submission and one correction").isEqualTo(2);

        List<ConsumerRecord<String, byte[]>> letters = deadLetters(3);
        assertThat(letters).extracting(r -> PublishedEvents.header(r, MetricsIntake.ERROR_CODE))
                .containsExactly("CORRECTION_REASON_REQUIRED", "MALFORMED_REQUEST", "FORBIDDEN");
        assertThat(letters).allSatisfy(r -> assertThat(r.key()).isEqualTo(staffId));
        assertThat(PublishedEvents.header(letters.get(2), MetricsIntake.ERROR_DETAIL)).contains("UNKNOWN_SOURCE");
        assertThat(new String(letters.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("not json");

        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        Api operator = Api.server(port).bearer(new Api(port).as("operator", null, null, "ADMIN").token());
        assertThat(operator.get("/actuator/metrics").body().path("names")).extracting(JsonNode::asText)
                .as("the intake's consumer lag is a metric").contains("kafka.consumer.fetch.manager.records.lag.max");
        assertThat(operator.get("/actuator/health").body().path("components").path("kafka").path("status").asText())
                .isEqualTo("UP");
    }

    private static List<ConsumerRecord<String, byte[]>> deadLetters(int expected) {
        List<ConsumerRecord<String, byte[]>> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(MetricsIntake.DEAD_LETTERS));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (letters.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(letters::add);
            }
        }
        return letters;
    }
}
