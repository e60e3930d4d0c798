package cn.nengshang.ledger.history;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A person's history, as a plain object over a repository in memory: a line per event, in the store's order. */
class HistoryProjectionTest {

    private static final StaffId SURGEON = StaffId.of("CL-0001");

    private final HistoryRepository history = InMemoryRepository.of(HistoryRepository.class);
    private final HistoryProjection projection = new HistoryProjection(history);

    @Test
    void eachEventIsOneLineWithItsActorCorrelationAndWordsInBothLanguages() {
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        projection.on(new AppointmentStateChanged(SURGEON, null, AppointmentState.APPOINTED, "term started"), "e2", at,
                "hr-1", "c-1", new GlobalSequenceTrackingToken(12));
        projection.on(new StaffRegistered(SURGEON, "王建国", "cele-people-hospital",
                "cele-people-hospital.general-surgery", Rank.ASSOCIATE_SENIOR, "副主任医师", Profession.CLINICAL,
                "0115"), "e1", at, "hr-1", "c-1", new GlobalSequenceTrackingToken(11));

        assertThat(history.findByStaffIdOrderByPositionAscOccurredAtAsc("CL-0001"))
                .extracting(HistoryEntry::eventType).containsExactly("StaffRegistered", "AppointmentStateChanged");
        HistoryEntry registered = history.findById("e1").orElseThrow();
        assertThat(registered.actor()).isEqualTo("hr-1");
        assertThat(registered.correlationId()).isEqualTo("c-1");
        assertThat(registered.summaryZh()).contains("副主任医师");
        assertThat(registered.summaryEn()).contains("registered");
    }
}
