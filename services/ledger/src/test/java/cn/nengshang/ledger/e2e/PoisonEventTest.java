package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events no read model can take, written straight into the store past every check: each processor parks
 * that person's sequence in its dead-letter queue and goes on with everyone else; an administrator sees
 * them, in the health, the metrics and the list, and can retry them.
 */
class PoisonEventTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer events;

    private void inject(String staffId, long sequence, Object payload) {
        SerializedObject<byte[]> serialized = events.serialize(payload, byte[].class);
        append(staffId, sequence, serialized.getType().getName(), serialized.getType().getRevision(),
                serialized.getData());
    }

    private void append(String staffId, long sequence, String type, String revision, byte[] payload) {
        jdbc.update("""
                        insert into domain_event_entry (global_index, aggregate_identifier, sequence_number, type,
                            event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                        values (nextval('domain_event_entry_seq'), ?, ?, 'StaffMember', ?, ?, ?, ?, ?, ?)""",
                staffId, sequence, UUID.randomUUID().toString(),
                "{\"actorSub\":\"intruder\"}".getBytes(StandardCharsets.UTF_8), payload, revision, type,
                Instant.now().toString());
    }

    private List<JsonNode> letters(Api admin, String sequence) {
        return StreamSupport.stream(admin.get("/admin/dead-letters").body().spliterator(), false)
                .filter(l -> sequence.equals(l.path("sequence").asText())).toList();
    }

    private List<JsonNode> awaitLetters(Api admin, String sequence, int atLeast) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<JsonNode> found = letters(admin, sequence);
        while (found.size() < atLeast && Instant.now().isBefore(until)) {
            Thread.sleep(100);
            found = letters(admin, sequence);
        }
        return found;
    }

    @Test
    void aPoisonedSequenceIsParkedAndEveryoneElsesEventsFlow() throws InterruptedException {
        Api admin = anonymous.as("administrator", null, null, "ADMIN");
        StaffId poisoned = StaffId.of("E2E-POISON");
        inject(poisoned.value(), 0, new StaffRegistered(poisoned, "毒\u0000药", HOSPITAL, SURGERY,
                Rank.ASSOCIATE_SENIOR, "副主任医师", Profession.CLINICAL, "0115"));
        SerializedObject<byte[]> shape = events.serialize(new AppointmentStateChanged(StaffId.of("E2E-GARBLED"),
                null, AppointmentState.APPOINTED, "x"), byte[].class);
        append("E2E-GARBLED", 0, shape.getType().getName(), shape.getType().getRevision(),
                "{not json".getBytes(StandardCharsets.UTF_8));

        List<JsonNode> parked = awaitLetters(admin, poisoned.value(), 1);
        assertThat(parked).extracting(l -> l.path("group").asText()).as("the staff list cannot store the name")
                .containsExactly("staff");
        assertThat(parked.get(0).path("cause").asText()).contains("0x00");
        assertThat(awaitLetters(admin, "E2E-GARBLED", 3)).extracting(l -> l.path("group").asText())
                .as("an unreadable event is parked by every processor that reads its type")
                .containsExactlyInAnyOrder("staff", "history", "progress");

        Api.Reply healthy = hr.post("/staff", Map.of("staffId", "E2E-HEALTHY", "name", "健康", "institutionId", HOSPITAL,
                "departmentId", SURGERY, "rank", "ASSOCIATE_SENIOR", "titleName", "副主任医师",
                "profession", "CLINICAL", "specialtyCode", "0115"));
        assertThat(healthy.status()).isEqualTo(201);
        assertThat(hr.get("/staff/E2E-HEALTHY").status()).as("read your writes: the processors went on").isEqualTo(200);
        assertThat(hr.get("/staff/E2E-HEALTHY/history").body().findValuesAsText("type")).contains("StaffRegistered");

        inject(poisoned.value(), 1, new AppointmentStateChanged(poisoned, null, AppointmentState.APPOINTED, "later"));
        assertThat(awaitLetters(admin, poisoned.value(), 2)).as("the person's later event waits behind the failed one")
                .extracting(l -> l.path("group").asText()).containsExactly("staff", "staff");
        assertThat(hr.get("/staff/E2E-POISON/history").status()).as("the person is parked, not written in half")
                .isEqualTo(404);

        assertThat(Api.server(port).get("/actuator/health").body().path("status").asText()).isEqualTo("PARKED");
        Api.Reply gauge = Api.server(port).bearer(admin.token()).get("/actuator/metrics/nengshang.processing.parked");
        assertThat(gauge.body().path("measurements").path(0).path("value").asDouble()).isGreaterThanOrEqualTo(4);

        Api.Reply retried = admin.post("/admin/dead-letters/staff/retry", null);
        assertThat(retried.status()).isEqualTo(200);
        assertThat(retried.body().path("handled").asInt()).isZero();
        assertThat(retried.body().path("stillParked").asLong()).as("still poison: it stays parked").isEqualTo(3);
        assertThat(hr.post("/admin/dead-letters/staff/retry", null).status()).isEqualTo(403);
    }
}
