package cn.nengshang.ledger.staff.query;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.CaseOutcome;
import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import cn.nengshang.policy.facts.Baselines;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff table, as a plain object over a repository in memory. */
class StaffProjectionTest {

    private static final Path SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));
    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final CaseId CASE = new CaseId(SURGEON, 1);
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private final StaffRepository staff = InMemoryRepository.of(StaffRepository.class);
    private final StaffProjection projection = new StaffProjection(staff,
            SpecialtyCatalogue.load(SEEDS.resolve("catalog/specialties.tsv")));

    private StaffRow row() {
        return staff.findById(SURGEON.value()).orElseThrow();
    }

    @Test
    void aRowFollowsThePersonsTermStateGradeAndOpenCase() {
        projection.on(new StaffRegistered(SURGEON, "王建国", "cele-people-hospital",
                "cele-people-hospital.general-surgery", Rank.ASSOCIATE_SENIOR, "副主任医师", Profession.CLINICAL,
                "0115"), AT);
        assertThat(row().surgical()).as("0115 is a surgical specialty").isTrue();
        projection.on(new TermStarted(SURGEON, new TermId(SURGEON, 1), "cele-2026-v1", YearMonth.of(2026, 1), 24, 6,
                Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, true, Baselines.NONE));
        projection.on(new AppointmentStateChanged(SURGEON, null, AppointmentState.APPOINTED, "term started"));
        projection.on(new CaseOpened(SURGEON, CASE, CaseKind.DOWNGRADE, Ground.LEADERSHIP, "by hand",
                "cele-people-hospital", "cele-people-hospital.general-surgery", Rank.ASSOCIATE_SENIOR, 6, null,
                "cele-2026-v1"));
        assertThat(row().openCaseId()).isEqualTo("CL-0001-C1");

        projection.on(new PostGradeChanged(SURGEON, 6, 8, LocalDate.of(2026, 7, 28), "DOWNGRADED", CASE.toString(),
                true));
        projection.on(new CaseConcluded(SURGEON, CASE, CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 8,
                LocalDate.of(2026, 7, 28), AppointmentState.DOWNGRADED));
        projection.on(new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW,
                AppointmentState.DOWNGRADED, "case concluded"));

        assertThat(row().termId()).isEqualTo("CL-0001.T1");
        assertThat(row().postGrade()).isEqualTo(8);
        assertThat(row().state()).isEqualTo("DOWNGRADED");
        assertThat(row().openCaseId()).isNull();
    }
}
