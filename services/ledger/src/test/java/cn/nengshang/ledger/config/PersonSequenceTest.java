package cn.nengshang.ledger.config;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.policies.api.PolicyPublished;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything about one person is one sequence, whichever aggregate wrote it; anything else, its aggregate's. */
class PersonSequenceTest {

    private final PersonSequence sequence = new PersonSequence();

    @Test
    void aPersonsEventsAreTheirSequenceWhateverAggregateWroteThem() {
        StaffRegistered registered = new StaffRegistered(StaffId.of("CL-0001"), "名", "h", "h.d", Rank.ASSOCIATE_SENIOR,
                "副主任医师", Profession.CLINICAL, "0115");
        assertThat(sequence.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("StaffMember", "CL-0001", 0, registered))).isEqualTo("CL-0001");
        // written by another aggregate (a case's docket, say): still the person's
        assertThat(sequence.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Docket", "CASE-7", 3, registered))).isEqualTo("CL-0001");
    }

    @Test
    void otherEventsAreTheirAggregates() {
        PolicyPublished published = new PolicyPublished("cele-2026-v1", LocalDate.of(2026, 1, 1), "{}");
        assertThat(sequence.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("PolicyVersion", "cele-2026-v1", 0, published))).isEqualTo("cele-2026-v1");
    }
}
