package cn.nengshang.ledger.assessment.query;

import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Incidents with the department they happened in, as a plain object over a repository in memory. */
class IncidentProjectionTest {

    private final IncidentRepository incidents = InMemoryRepository.of(IncidentRepository.class);
    private final IncidentProjection projection = new IncidentProjection(incidents);

    @Test
    void anIncidentIsKeptWithWhoRecordedItAndAsTheFactTheRulesJudge() {
        Instant at = Instant.parse("2026-04-02T03:00:00Z");
        projection.on(new IncidentRecorded(StaffId.of("CL-0001"), "CL-0001-I1", IncidentType.MEDICAL_ACCIDENT,
                LocalDate.of(2026, 4, 1), 2, Responsibility.PRIMARY, null, "术后并发症", "cele-people-hospital",
                "cele-people-hospital.general-surgery"), at, "hr-1");

        IncidentRow row = incidents.findById("CL-0001-I1").orElseThrow();
        assertThat(row.view().recordedBy()).isEqualTo("hr-1");
        assertThat(row.view().recordedAt()).isEqualTo(at);
        assertThat(row.toFact()).isEqualTo(new Incident(IncidentType.MEDICAL_ACCIDENT, LocalDate.of(2026, 4, 1), 2,
                Responsibility.PRIMARY, null));
        assertThat(incidents.findByStaffIdOrderByOccurredOn("CL-0001")).hasSize(1);
    }

    @Test
    void aReplayedIncidentIsWrittenAgainUnderItsIdAndChangesNothing() {
        IncidentRecorded incident = new IncidentRecorded(StaffId.of("CL-0001"), "CL-0001-I1",
                IncidentType.MAJOR_MEDICAL_ERROR, LocalDate.of(2026, 4, 1), null, null, null, "差错",
                "cele-people-hospital", "cele-people-hospital.general-surgery");
        Instant at = Instant.parse("2026-04-02T03:00:00Z");
        projection.on(incident, at, "hr-1");
        projection.on(incident, at, "hr-1");
        assertThat(incidents.count()).isEqualTo(1);
        assertThat(incidents.findById("CL-0001-I1").orElseThrow().view().recordedAt()).isEqualTo(at);
    }
}
