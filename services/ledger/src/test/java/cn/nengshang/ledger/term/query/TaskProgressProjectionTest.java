package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.TermMonthClosed;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.progress.Progress;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static cn.nengshang.ledger.staff.command.StaffFixture.reportOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The task-progress projection as a plain object: which terms an event sends to the evaluator, as of which day. */
class TaskProgressProjectionTest {

    private static final String HOSPITAL = "cele-people-hospital";
    private static final String SURGERY = "cele-people-hospital.general-surgery";
    private static final String MEDICINE = "cele-people-hospital.internal-medicine";
    private static final TermId SURGEON = TermId.of("CL-0001.T1");
    private static final TermId COLLEAGUE = TermId.of("CL-0002.T1");
    private static final TermId PHYSICIAN = TermId.of("CL-0003.T1");

    /** The rows, kept by term. */
    private final Map<String, ProgressTable.Placement> rows = new TreeMap<>();
    private final List<String> evaluated = new ArrayList<>();
    private final Map<String, PersonOnRecord> directory = new TreeMap<>(Map.of(
            "CL-0001", person("CL-0001", SURGERY), "CL-0002", person("CL-0002", SURGERY),
            "CL-0003", person("CL-0003", MEDICINE)));

    private final TaskProgressProjection projection = new TaskProgressProjection(new TaskProgressProjection.Rows() {
        @Override
        public void save(ProgressTable.Placement placement, Progress progress) {
            rows.put(placement.termId(), placement);
        }

        @Override
        public List<ProgressTable.Placement> ofDepartment(String institutionId, String departmentId) {
            return rows.values().stream().filter(p -> p.institutionId().equals(institutionId)
                    && p.departmentId().equals(departmentId)).toList();
        }

        @Override
        public void clear() {
            rows.clear();
        }
    }, new PeopleDirectory() {
        @Override
        public Optional<PersonOnRecord> find(StaffId staffId) {
            return Optional.ofNullable(directory.get(staffId.value()));
        }

        @Override
        public List<PersonOnRecord> within(ReadScope scope) {
            return List.copyOf(directory.values());
        }

        @Override
        public PersonOnRecord readable(StaffId staffId, Actor actor) {
            return directory.get(staffId.value());
        }
    }, (termId, person, asOf) -> {
        evaluated.add(termId + " " + asOf);
        return new Progress("cele-2026-v1", asOf, 1, List.of());
    });

    private static PersonOnRecord person(String staffId, String department) {
        return new PersonOnRecord(staffId, "王建国", HOSPITAL, department, Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL,
                true, "APPOINTED", 6, staffId + ".T1", null);
    }

    private static MonthlyReportSubmitted report(TermId term) {
        return new MonthlyReportSubmitted(term.staffId(), term, YearMonth.of(2026, 3), reportOf(1), false);
    }

    @Test
    void aTermIsEvaluatedAsOfTheDayOfTheEventInCeleAndKeptWhereThePersonWorks() {
        projection.on(report(SURGEON), Instant.parse("2026-03-31T17:00:00Z"));
        assertThat(evaluated).containsExactly("CL-0001.T1 2026-04-01");
        assertThat(rows.get("CL-0001.T1")).isEqualTo(new ProgressTable.Placement("CL-0001.T1", "CL-0001", HOSPITAL,
                SURGERY, "ASSOCIATE_SENIOR", "CLINICAL"));

        projection.on(new TermMonthClosed(SURGEON.staffId(), SURGEON, YearMonth.of(2026, 3)),
                Instant.parse("2026-04-10T16:00:00Z"));
        assertThat(evaluated).as("the month closing at its due day moves the term on")
                .containsExactly("CL-0001.T1 2026-04-01", "CL-0001.T1 2026-04-11");
    }

    @Test
    void anIncidentEvaluatesEveryTermOfItsDepartmentAndNoOther() {
        Instant march = Instant.parse("2026-03-05T02:00:00Z");
        projection.on(report(SURGEON), march);
        projection.on(report(COLLEAGUE), march);
        projection.on(report(PHYSICIAN), march);
        evaluated.clear();

        projection.on(new IncidentRecorded(StaffId.of("CL-0002"), "CL-0002-I1", IncidentType.MAJOR_MEDICAL_ERROR,
                LocalDate.of(2026, 3, 20), null, null, null, "差错", HOSPITAL, SURGERY),
                Instant.parse("2026-03-21T02:00:00Z"));

        assertThat(evaluated).containsExactly("CL-0001.T1 2026-03-21", "CL-0002.T1 2026-03-21");
    }

    @Test
    void aPersonNotYetInTheDirectoryIsLeftForTheCheckAndAResetEmptiesTheRows() {
        directory.remove("CL-0002");
        projection.on(report(COLLEAGUE), Instant.parse("2026-03-05T02:00:00Z"));
        projection.on(report(SURGEON), Instant.parse("2026-03-05T02:00:00Z"));
        assertThat(rows).containsOnlyKeys("CL-0001.T1");

        projection.reset();
        assertThat(rows).isEmpty();
    }
}
