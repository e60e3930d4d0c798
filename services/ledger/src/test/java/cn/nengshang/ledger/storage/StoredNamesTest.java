package cn.nengshang.ledger.storage;

import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.TermStarted;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What is stored names an event by its stable name and revision; what the previous version wrote still reads. */
class StoredNamesTest {

    private static final StoredTypes TYPES = StoredTypes.scan();
    private final Serializer serializer = new StableNamesSerializer(
            JacksonSerializer.builder().objectMapper(new ObjectMapper().findAndRegisterModules()), TYPES);
    private final EventUpcasterChain upcasters = new StorageConfig().upcasters(TYPES);

    private List<IntermediateEventRepresentation> read(String type, String revision, String payload) {
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("StaffMember", "CL-0001", 3,
                "event-1", "2026-05-05T01:00:00.000Z", type, revision, payload.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
        return upcasters.upcast(Stream.of(new InitialEventRepresentation(stored, serializer))).toList();
    }

    private Object payload(IntermediateEventRepresentation event) {
        return serializer.deserialize(new SimpleSerializedObject<>(event.getData(byte[].class).getData(), byte[].class,
                event.getType()));
    }

    @Test
    void aStoredEventIsNamedByItsStableNameNotItsPackage() {
        SerializedType type = serializer.typeForClass(TermStarted.class);
        assertThat(type.getName()).isEqualTo("TermStarted");
        assertThat(type.getRevision()).isEqualTo("1");
        assertThat(serializer.classForType(new SimpleSerializedType("MonthlyReportSubmitted", "2")))
                .isEqualTo(MonthlyReportSubmitted.class);
        assertThat(TYPES.all()).as("every event and saga of the product").hasSizeGreaterThan(40);
    }

    @Test
    void aPreviousVersionsEventIsReadUnderItsNewNameAndShape() {
        List<IntermediateEventRepresentation> read = read("cn.nengshang.ledger.term.api.MonthlyReportSubmitted", "1",
                "{\"staffId\":\"CL-0001\",\"termId\":\"CL-0001.T1\",\"month\":\"2026-04\",\"report\":{}}");
        assertThat(read).singleElement().satisfies(event -> {
            assertThat(event.getType().getName()).isEqualTo("MonthlyReportSubmitted");
            assertThat(event.getType().getRevision()).isEqualTo("2");
            assertThat(((MonthlyReportSubmitted) payload(event)).late()).as("on time, as all were then").isFalse();
        });
    }

    @Test
    void theRecordsCopyOfAConclusionIsTheConclusionAndTheCaseFilesMirrorIsNoLongerRead() {
        List<IntermediateEventRepresentation> onRecord = read("cn.nengshang.ledger.staff.api.CaseConcludedOnRecord",
                "1", "{\"staffId\":\"CL-0001\",\"caseId\":\"CL-0001-C1\",\"kind\":\"DOWNGRADE\",\"outcome\":"
                        + "\"DOWNGRADED\",\"postGrade\":8,\"effectiveOn\":\"2026-07-28\",\"state\":\"DOWNGRADED\"}");
        assertThat(onRecord).singleElement().satisfies(event ->
                assertThat(((CaseConcluded) payload(event)).caseId().number()).isEqualTo(1));
        assertThat(read("cn.nengshang.ledger.casework.api.CaseConcluded", "1", "{}")).isEmpty();
        assertThat(read("cn.nengshang.ledger.casework.api.CaseStarted", "1", "{}")).isEmpty();
        assertThat(read("cn.nengshang.ledger.casework.api.GroundAdded", "1", "{}")).isEmpty();
    }

    @Test
    void aDowngradeIsKnownByItsReasonInAGradeChangeOfThePreviousVersion() {
        String change = "{\"staffId\":\"CL-0001\",\"from\":6,\"to\":8,\"effectiveOn\":\"2026-07-28\",\"reason\":\"%s\","
                + "\"caseId\":\"CL-0001-C1\"}";
        assertThat(payload(read("cn.nengshang.ledger.staff.api.PostGradeChanged", "1", change.formatted("DOWNGRADED"))
                .get(0))).hasFieldOrPropertyWithValue("downgrade", true);
        assertThat(payload(read("cn.nengshang.ledger.staff.api.PostGradeChanged", "1", change.formatted("RESTORED"))
                .get(0))).hasFieldOrPropertyWithValue("downgrade", false);
    }

    @Test
    void aCaseOpenedBeforeItNamedItsPolicyFollowsThePolicyInForceThen() {
        String opened = "{\"staffId\":\"CL-0001\",\"caseId\":\"CL-0001-C1\",\"kind\":\"DOWNGRADE\",\"ground\":"
                + "\"LEADERSHIP\",\"source\":\"by hand\",\"institutionId\":\"h\",\"departmentId\":\"d\",\"rank\":"
                + "\"ASSOCIATE_SENIOR\",\"postGrade\":6,\"notes\":null}";
        assertThat(payload(read("cn.nengshang.ledger.staff.api.CaseOpened", "1", opened).get(0)))
                .hasFieldOrPropertyWithValue("policyId", null);
    }

    @Test
    void aSagaOrDeadlineOfThePreviousVersionIsReadUnderItsNewName() {
        assertThat(serializer.classForType(new SimpleSerializedType(
                "cn.nengshang.ledger.staff.process.TermProcess$ReportDue", "1")).getSimpleName()).isEqualTo("ReportDue");
        assertThat(serializer.classForType(new SimpleSerializedType("cn.nengshang.ledger.staff.process.TermProcess",
                null)).getName()).isEqualTo("cn.nengshang.ledger.term.process.TermProcess");
    }
}
