package cn.nengshang.ledger.integration.intake;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.intake.MonthIntake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Monthly metrics from a hospital information system ({@code nengshang.monthly-metrics.v1}): each record is
 * submitted exactly as {@code PUT /terms/{termId}/monthly-reports/{month}} would submit its body — same command,
 * checks and idempotence, through the department-month path — with the source system as the actor, within the
 * scope configuration grants it. A record refused, or one that is not a JSON object, goes to the {@code .DLT}
 * topic with its error code and detail in headers and holds nothing up. The records' offsets are committed only
 * once every outcome is known and every refused record is on the DLT; a failure of the service itself (the
 * database away) takes the batch again, which writes nothing twice.
 */
public class MetricsIntake {

    public static final String TOPIC = "nengshang.monthly-metrics.v1";
    public static final String DEAD_LETTERS = TOPIC + ".DLT";
    public static final String ERROR_CODE = "nengshang-error-code";
    public static final String ERROR_DETAIL = "nengshang-error-detail";
    private static final Set<String> ENVELOPE = Set.of(MonthIntake.TERM_ID, "month", "source", "sourceRecordId");
    private static final Logger LOG = LoggerFactory.getLogger(MetricsIntake.class);

    /** What a source system may submit for: one institution, and within it the departments named (all if none). */
    public record Grant(String institution, List<String> departments) {

        boolean covers(PersonOnRecord person) {
            return institution != null && institution.equals(person.institutionId())
                    && (departments == null || departments.isEmpty() || departments.contains(person.departmentId()));
        }
    }

    private final MonthIntake intake;
    private final Commands commands;
    private final PeopleDirectory people;
    private final Map<String, Grant> sources;
    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper json;
    private final Duration acknowledgedWithin;

    public MetricsIntake(MonthIntake intake, Commands commands, PeopleDirectory people, Map<String, Grant> sources,
                         KafkaTemplate<String, byte[]> kafka, ObjectMapper json, Duration acknowledgedWithin) {
        this.intake = intake;
        this.commands = commands;
        this.people = people;
        this.sources = Map.copyOf(sources);
        this.kafka = kafka;
        this.json = json;
        this.acknowledgedWithin = acknowledgedWithin;
    }

    /** One department's month, as one source acts for it. */
    private record Month(String departmentId, YearMonth month, Actor actor) {
    }

    /** Records of one department's month submitted together: a term at most once, so a later record waits. */
    private record Rows(Month month, List<ConsumerRecord<String, byte[]>> records, List<JsonNode> bodies,
                        Set<String> terms) {
    }

    @KafkaListener(id = "monthly-metrics", topics = TOPIC, containerFactory = "metricsListeners", batch = "true")
    public void receive(List<ConsumerRecord<String, byte[]>> records) throws Exception {
        List<Rows> batches = new ArrayList<>();
        Map<Month, Rows> open = new HashMap<>();
        Map<ConsumerRecord<String, byte[]>, LedgerException> refused = new IdentityHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                ObjectNode body = body(record);
                Month month = monthOf(record, body);
                String termId = body.path(MonthIntake.TERM_ID).asText();
                Rows rows = open.get(month);
                if (rows == null || rows.terms().contains(termId)) {
                    rows = new Rows(month, new ArrayList<>(), new ArrayList<>(), new HashSet<>());
                    open.put(month, rows);
                    batches.add(rows);
                }
                ObjectNode row = body.deepCopy();
                ENVELOPE.stream().filter(name -> !name.equals(MonthIntake.TERM_ID)).forEach(row::remove);
                rows.records().add(record);
                rows.bodies().add(row);
                rows.terms().add(termId);
            } catch (LedgerException e) {
                refused.put(record, e);
            }
        }
        for (Rows rows : batches) {
            Month month = rows.month();
            try {
                MonthIntake.Result result = intake.submitWithoutWaiting(month.departmentId(), month.month(),
                        rows.bodies(), month.actor());
                result.refused().forEach(row -> refused.put(rows.records().get(row.row() - 1),
                        new LedgerException(row.code(), row.errors(), row.args().toArray())));
            } catch (LedgerException e) {
                rows.records().forEach(record -> refused.put(record, e));
            }
        }
        // once for the whole poll: the read models have taken in what it wrote before the next poll is taken
        commands.awaitEffects();
        // the dead letters in the order their records came
        CompletableFuture<?>[] dead = records.stream().filter(refused::containsKey)
                .map(record -> deadLetter(record, refused.get(record))).toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(dead).get(acknowledgedWithin.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ObjectNode body(ConsumerRecord<String, byte[]> record) {
        try {
            JsonNode node = record.value() == null ? null : json.readTree(record.value());
            if (node instanceof ObjectNode body) return body;
        } catch (IOException e) {
            // not JSON: refused below as any other body that is not an object
        }
        throw new LedgerException(ErrorCode.MALFORMED_REQUEST);
    }

    /** The department's month a record belongs to, and the source acting for it within its grant. */
    private Month monthOf(ConsumerRecord<String, byte[]> record, ObjectNode body) {
        String source = text(body, "source");
        String termId = text(body, MonthIntake.TERM_ID);
        YearMonth month;
        try {
            month = YearMonth.parse(text(body, "month"));
        } catch (DateTimeParseException e) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("month", "INVALID")));
        }
        Grant grant = sources.get(source);
        if (grant == null) {
            throw new LedgerException(ErrorCode.FORBIDDEN, List.of(FieldProblem.of("source", "UNKNOWN_SOURCE", source)));
        }
        TermId term = TermId.of(termId);
        if (record.key() == null || !record.key().equals(term.staffId().value())) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("key", "NOT_THE_STAFF_ID")));
        }
        PersonOnRecord person = people.find(term.staffId()).orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
        if (!grant.covers(person)) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        return new Month(person.departmentId(), month,
                new Actor(source, Set.of(Role.DEPARTMENT), person.institutionId(), person.departmentId()));
    }

    private static String text(ObjectNode body, String field) {
        JsonNode value = body.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of(field,
                    value.isMissingNode() ? "REQUIRED" : "INVALID")));
        }
        return value.asText();
    }

    private CompletableFuture<?> deadLetter(ConsumerRecord<String, byte[]> record, LedgerException refusal) {
        LOG.info("monthly metrics record {}-{}@{} refused: {}", record.topic(), record.partition(), record.offset(),
                refusal.getMessage());
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(DEAD_LETTERS, null, record.key(), record.value());
        record.headers().forEach(letter.headers()::add);
        letter.headers().add(ERROR_CODE, refusal.code().name().getBytes(StandardCharsets.UTF_8));
        letter.headers().add(ERROR_DETAIL, refusal.getMessage().getBytes(StandardCharsets.UTF_8));
        return kafka.send(letter);
    }
}
