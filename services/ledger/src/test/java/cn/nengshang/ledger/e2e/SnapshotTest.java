package cn.nengshang.ledger.e2e;

import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's record is snapshotted after every so many events: the snapshot holds what a full replay of the
 * events up to it gives, reads back to the same state, and a record read through it (the cache emptied) goes on
 * as before. A snapshot of another revision is passed over.
 */
class SnapshotTest extends ApiTestBase {

    private static final String PERSON = "E2E-SNAP";
    private static final YearMonth START = THIS_MONTH.minusMonths(8);
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Serializer serializer;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    EventStore events;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    @Qualifier("personCache")
    Cache personCache;

    private record Stored(long sequence, String type, String revision, byte[] payload) {
    }

    @Test
    void aSnapshotIsWhatAFullReplayGivesAndTheRecordGoesOnFromIt() throws Exception {
        String termId = aSurgeonWithATermFrom(PERSON, START);
        String term = "/terms/" + termId;
        for (YearMonth month = START; month.isBefore(THIS_MONTH); month = month.plusMonths(1)) {
            String path = term + "/monthly-reports/" + month;
            assertThat(surgery.put(path, report(1, month.atDay(3).toString())).status()).isEqualTo(201);
            Map<String, Object> corrected = new HashMap<>(report(2, month.atDay(3).toString()));
            corrected.put("correctionReason", "补记一次");
            assertThat(surgery.put(path, corrected).status()).isEqualTo(200);
        }
        assertThat(surgery.post(term + "/mentees", Map.of("menteeId", "M1", "name", "古丽", "track", "DEPARTMENT",
                "baselineScore", 50, "since", START.atDay(10).toString())).status()).isEqualTo(201);
        assertThat(surgery.post(term + "/projects", Map.of("kind", "CME", "level", "PREFECTURE", "role", "HOST",
                "title", "地区级继续教育项目", "date", START.atDay(10).toString())).status()).isEqualTo(201);
        assertThat(surgery.post(term + "/exemptions", Map.of("weekOf", START.atDay(15).toString(),
                "reason", "批准年休假")).status()).isEqualTo(201);
        assertThat(hr.post("/staff/" + PERSON + "/incidents", Map.of("type", "MEDICAL_ACCIDENT",
                "occurredOn", START.atDay(20).toString(), "grade", 3, "responsibility", "SECONDARY",
                "description", "术后出血")).status()).isEqualTo(201);
        assertThat(hr.put("/staff/" + PERSON + "/qualifications", Map.of("education", "MASTER",
                "titleObtainedOn", "2021-09-01")).status()).isEqualTo(200);
        assertThat(hr.post("/staff/" + PERSON + "/exams", Map.of("passedOn", "2025-05-18")).status()).isEqualTo(201);
        assertThat(hr.put("/staff/" + PERSON + "/cme/2025", Map.of("met", true)).status()).isEqualTo(200);
        String caseId = aCaseOnNotice(PERSON);

        Stored taken = newestSnapshot();
        assertThat(taken).as("a snapshot taken by itself after more than 25 events").isNotNull();
        assertThat(taken.revision()).as("the record's snapshot form with the title rules' facts").isEqualTo("2");
        // and one of everything on the record now, to compare with the events
        snapshotter.scheduleSnapshot(FullReplay.type(), PERSON);
        Stored snapshot = newestSnapshot();
        assertThat(snapshot.sequence()).isEqualTo(jdbc.queryForObject("select max(sequence_number)"
                + " from domain_event_entry where aggregate_identifier = ?", Long.class, PERSON));

        DomainEventMessage<?> replayed = new FullReplay(events).of(PERSON,
                DomainEventStream.of(storage.readEvents(PERSON, 0).asStream()
                        .filter(e -> e.getSequenceNumber() <= snapshot.sequence())));
        String fromEvents = serializer.serialize(replayed.getPayload(), String.class).getData();
        String stored = new String(snapshot.payload(), StandardCharsets.UTF_8);
        assertThat(Api.JSON.readTree(stored)).as("the snapshot holds what replaying its events gives")
                .isEqualTo(Api.JSON.readTree(fromEvents));
        assertThat(stored).contains("\"caseId\"", "\"M1\"", "MEDICAL_ACCIDENT", "\"version\":2");

        Object read = serializer.deserialize(stored(snapshot));
        assertThat(Api.JSON.readTree(serializer.serialize(read, String.class).getData()))
                .as("a snapshot read back is the same state").isEqualTo(Api.JSON.readTree(stored));

        String progressBefore = hr.get(term + "/progress").text();
        String caseBefore = hr.get("/cases/" + caseId).text();
        personCache.removeAll();
        String path = term + "/monthly-reports/" + START;
        Map<String, Object> again = new HashMap<>(report(3, START.atDay(3).toString()));
        again.put("correctionReason", "再补记一次");
        Api.Reply correction = surgery.put(path, again);
        assertThat(correction.status()).isEqualTo(200);
        assertThat(correction.body().path("version").asInt()).as("the version counted on from the snapshot")
                .isEqualTo(3);
        assertThat(hr.get("/cases/" + caseId).text()).as("the case stands where it stood").isEqualTo(caseBefore);
        assertThat(hr.get(term + "/progress").text()).isNotEqualTo(progressBefore);
    }

    @Test
    void aSnapshotOfAnotherRevisionOrThatCannotBeReadIsPassedOver() {
        for (String revision : List.of("0", "1")) {
            String person = "E2E-SNAP-R" + revision;
            String termId = aSurgeonWithATermFrom(person, START);
            long last = jdbc.queryForObject("select max(sequence_number) from domain_event_entry"
                    + " where aggregate_identifier = ?", Long.class, person);
            jdbc.update("insert into snapshot_event_entry (aggregate_identifier, sequence_number, type,"
                            + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
                            + " values (?, ?, 'StaffMember', ?, ?, ?, ?, 'StaffMember', ?)", person, last,
                    "unreadable-" + revision, "{}".getBytes(StandardCharsets.UTF_8),
                    "{\"an\":\"older form\"}".getBytes(StandardCharsets.UTF_8), revision,
                    TODAY.atStartOfDay(ZoneId.of("UTC")).toInstant().toString());
            personCache.removeAll();

            Api.Reply report = surgery.put("/terms/" + termId + "/monthly-reports/" + START,
                    report(1, START.atDay(3).toString()));

            assertThat(report.status()).as("revision %s: the record is read from its events", revision)
                    .isEqualTo(201);
        }
    }

    private Stored newestSnapshot() {
        List<Stored> found = jdbc.query("select sequence_number, payload_type, payload_revision, payload"
                        + " from snapshot_event_entry where aggregate_identifier = ? order by sequence_number desc",
                (row, i) -> new Stored(row.getLong(1), row.getString(2), row.getString(3), row.getBytes(4)), PERSON);
        return found.isEmpty() ? null : found.get(0);
    }

    private static SerializedObject<byte[]> stored(Stored snapshot) {
        return new SimpleSerializedObject<>(snapshot.payload(), byte[].class,
                new SimpleSerializedType(snapshot.type(), snapshot.revision()));
    }

    /** Axon's own snapshotter, asked for the aggregate that a stream of events builds, without storing it. */
    private static final class FullReplay extends AggregateSnapshotter {

        FullReplay(EventStore events) {
            super(AggregateSnapshotter.builder().eventStore(events)
                    .aggregateFactories(List.of(new GenericAggregateFactory<>(type()))));
        }

        @SuppressWarnings("unchecked")
        static Class<Object> type() {
            try {
                return (Class<Object>) Class.forName("cn.nengshang.ledger.staff.command.StaffMember");
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }

        DomainEventMessage<?> of(String id, DomainEventStream stream) {
            return createSnapshot(type(), id, stream);
        }
    }
}
