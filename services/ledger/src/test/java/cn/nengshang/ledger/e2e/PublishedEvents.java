package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.integration.publish.PublishedLanguage;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What the record published, as a consumer of the topics sees it: every message read from the broker, checked
 * against the CloudEvents binary-mode rules and its type's JSON Schema from the repository, and compared with the
 * events of the store that the published language names.
 */
final class PublishedEvents {

    static final List<String> TYPES = List.of("appointment.state-changed", "appointment.post-grade-changed",
            "assessment.quarterly-verdict", "assessment.annual-rating", "assessment.rectification-started",
            "assessment.rectification-judged", "assessment.report-overdue", "case.opened", "case.step",
            "case.concluded");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private PublishedEvents() {
    }

    /** The ids of the store's events that are published, and their order per topic and staff id. */
    record Expected(Set<String> ids, Map<String, List<String>> order) {
    }

    /** What arrived: the expected ids that did not, messages that broke a rule, order broken, types seen. */
    record Received(Set<String> missing, List<String> invalid, List<String> outOfOrder, Set<String> types,
                    int messages, int repeats) {
    }

    static Expected expected(ApplicationContext context) {
        Set<String> ids = new HashSet<>();
        Map<String, List<String>> order = new HashMap<>();
        try (Stream<? extends TrackedEventMessage<?>> events = context.getBean(EventStorageEngine.class)
                .readEvents(null, false)) {
            events.forEach(event -> PublishedLanguage.of(event.getPayload()).ifPresent(message -> {
                ids.add(event.getIdentifier());
                order.computeIfAbsent(message.topic() + "/" + message.staffId(), k -> new ArrayList<>())
                        .add(event.getIdentifier());
            }));
        }
        return new Expected(ids, order);
    }

    static Received receive(String brokers, Expected expected, int seconds) throws IOException {
        return receive(brokers, expected, 0, seconds);
    }

    /** Reads the topics until every expected event and at least {@code messages} messages arrived, or time is up. */
    static Received receive(String brokers, Expected expected, int atLeast, int seconds) throws IOException {
        Set<String> seen = new HashSet<>();
        Map<String, List<String>> order = new LinkedHashMap<>();
        List<String> invalid = new ArrayList<>();
        Set<String> types = new TreeSet<>();
        int messages = 0;
        int repeats = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(PublishedLanguage.TOPICS);
            while ((!seen.containsAll(expected.ids()) || messages < atLeast) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    messages++;
                    String id = header(record, "ce_id");
                    check(record, invalid, types);
                    if (!seen.add(id)) {
                        repeats++;
                    } else {
                        order.computeIfAbsent(record.topic() + "/" + record.key(), k -> new ArrayList<>()).add(id);
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(expected.ids());
        missing.removeAll(seen);
        List<String> outOfOrder = new ArrayList<>();
        expected.order().forEach((stream, ids) -> {
            List<String> arrived = order.getOrDefault(stream, List.of()).stream().filter(ids::contains).toList();
            if (!arrived.equals(ids.stream().filter(seen::contains).toList())) outOfOrder.add(stream);
        });
        return new Received(missing, invalid, outOfOrder, types, messages, repeats);
    }

    private static void check(ConsumerRecord<String, byte[]> record, List<String> invalid, Set<String> types)
            throws IOException {
        String where = record.topic() + "@" + record.offset() + ": ";
        String type = header(record, "ce_type");
        if (!"1.0".equals(header(record, "ce_specversion")) || header(record, "ce_id") == null
                || !"urn:nengshang:ledger".equals(header(record, "ce_source")) || header(record, "ce_time") == null
                || !"application/json".equals(header(record, "content-type"))
                || record.key() == null || !record.key().equals(header(record, "ce_subject"))
                || type == null || !type.startsWith("cn.nengshang.") || !type.endsWith(".v1")) {
            invalid.add(where + "CloudEvents headers " + headers(record));
            return;
        }
        OffsetDateTime.parse(header(record, "ce_time"));
        String name = type.substring("cn.nengshang.".length(), type.length() - ".v1".length());
        types.add(name);
        JsonNode data = Api.JSON.readTree(record.value());
        Set<ValidationMessage> errors = schema(name).validate(data);
        if (!errors.isEmpty()) invalid.add(where + name + " " + errors);
        if (!record.key().equals(data.path("staffId").asText())) invalid.add(where + "key is not the data's staffId");
        if (!("urn:nengshang:schema:" + name + ".v1").equals(header(record, "ce_dataschema"))) {
            invalid.add(where + "dataschema " + header(record, "ce_dataschema"));
        }
    }

    private static final Map<String, JsonSchema> LOADED = new HashMap<>();

    private static JsonSchema schema(String name) {
        return LOADED.computeIfAbsent(name, n -> {
            try (InputStream in = PublishedEvents.class.getResourceAsStream("/integration/schemas/" + n + ".v1.json")) {
                if (in == null) throw new IllegalStateException("no schema for " + n);
                return SCHEMAS.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> headers(ConsumerRecord<?, ?> record) {
        Map<String, String> all = new LinkedHashMap<>();
        record.headers().forEach(h -> all.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return all;
    }
}
