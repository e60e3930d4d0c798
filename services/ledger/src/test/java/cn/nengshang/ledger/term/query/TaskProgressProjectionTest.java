package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.ledger.term.api.TermMonthClosed;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.ledger.term.api.OfTerm;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayStatus;
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

    /** The rows, kept by term, with the position each was evaluated after; the terms waiting, by term. */
    private final Map<String, ProgressTable.Placement> rows = new TreeMap<>();
    private final Map<String, Long> positions = new TreeMap<>();
    private final Map<String, ProgressTable.Waiting> waiting = new TreeMap<>();
    private final List<String> evaluated = new ArrayList<>();
    private final Map<String, PersonOnRecord> directory = new TreeMap<>(Map.of(
            "CL-0001", person("CL-0001", SURGERY), "CL-0002", person("CL-0002", SURGERY),
            "CL-0003", person("CL-0003", MEDICINE)));

    private final TaskProgressProjection.Rows table = new TaskProgressProjection.Rows() {
        @Override
        public boolean save(ProgressTable.Placement placement, Progress progress, TermStanding standing,
                            long position) {
            if (positions.getOrDefault(placement.termId(), -1L) > position) return false;
            rows.put(placement.termId(), placement);
            positions.put(placement.termId(), position);
            return true;
        }

        @Override
        public List<ProgressTable.Placement> ofPerson(String staffId) {
            return rows.values().stream().filter(p -> p.staffId().equals(staffId)).toList();
        }

        @Override
        public void deferPeople(List<ProgressTable.Moved> moved, boolean kept) {
            for (ProgressTable.Moved person : moved) {
                List<String> terms = new ArrayList<>(waiting.keySet());
                if (kept) ofPerson(person.staffId()).forEach(p -> terms.add(p.termId()));
                terms.stream().distinct().filter(id -> TermId.of(id).staffId().value().equals(person.staffId()))
                        .forEach(id -> deferAll(List.of(new ProgressTable.Waiting(id, person.staffId(), person.at(),
                                person.position()))));
            }
        }

        @Override
        public List<ProgressTable.Placement> ofDepartment(String institutionId, String departmentId) {
            return rows.values().stream().filter(p -> p.institutionId().equals(institutionId)
                    && p.departmentId().equals(departmentId)).toList();
        }

        @Override
        public void deferAll(List<ProgressTable.Waiting> terms) {
            terms.forEach(term -> waiting.merge(term.termId(), term,
                    (was, now) -> was.position() > now.position() ? was : now));
        }

        @Override
        public void deferDepartment(String institutionId, String departmentId, Instant at, long position,
                                    boolean kept) {
            List<String> terms = new ArrayList<>(waiting.keySet());
            if (kept) ofDepartment(institutionId, departmentId).forEach(p -> terms.add(p.termId()));
            terms.stream().distinct().filter(id -> {
                PersonOnRecord person = directory.get(TermId.of(id).staffId().value());
                return person != null && person.departmentId().equals(departmentId);
            }).forEach(id -> deferAll(List.of(new ProgressTable.Waiting(id, TermId.of(id).staffId().value(), at,
                    position))));
        }

        @Override
        public List<ProgressTable.Waiting> waiting(int limit) {
            return waiting.values().stream().limit(limit).toList();
        }

        @Override
        public void evaluated(ProgressTable.Waiting term) {
            waiting.remove(term.termId(), term);
        }

        @Override
        public void failed(ProgressTable.Waiting term, String failure) {
            waiting.remove(term.termId(), term);
            failures.add(term.termId() + ": " + failure);
        }

        @Override
        public void clear() {
            rows.clear();
            positions.clear();
            waiting.clear();
        }
    };

    private final PeopleDirectory people = new PeopleDirectory() {
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
    };

    private final TaskProgressProjection projection = new TaskProgressProjection(table, people, (termId, person, asOf) -> {
        evaluated.add(termId + " " + asOf);
        return projected(asOf);
    });

    private static ProgressQueries.Projected projected(LocalDate asOf) {
        return new ProgressQueries.Projected(new Progress("cele-2026-v1", asOf, 1, List.of()),
                new TermStanding("APPOINTED", null, false));
    }

    private static PersonOnRecord person(String staffId, String department) {
        return new PersonOnRecord(staffId, "王建国", HOSPITAL, department, Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL,
                true, "APPOINTED", 6, staffId + ".T1", null);
    }

    private static MonthlyReportSubmitted report(TermId term) {
        return new MonthlyReportSubmitted(term.staffId(), term, YearMonth.of(2026, 3), reportOf(1), false);
    }

    /** The position of the next event in the store. */
    private long next = 1;
    private final List<String> failures = new ArrayList<>();

    private void live(Object event, Instant at) {
        handle(event, at, ReplayStatus.REGULAR);
    }

    private void replayed(Object event, Instant at) {
        handle(event, at, ReplayStatus.REPLAY);
    }

    private void handle(Object event, Instant at, ReplayStatus status) {
        GlobalSequenceTrackingToken token = new GlobalSequenceTrackingToken(next++);
        if (event instanceof IncidentRecorded incident) {
            projection.on(incident, at, status, token);
        } else if (event instanceof CaseOpened opened) {
            projection.on(opened, at, status, token);
        } else {
            projection.on((OfTerm) event, at, status, token);
        }
    }

    private int catchUp() {
        return projection.catchUp(100);
    }

    private static IncidentRecorded incidentOf(String staffId, String department) {
        return new IncidentRecorded(StaffId.of(staffId), staffId + "-I1", IncidentType.MAJOR_MEDICAL_ERROR,
                LocalDate.of(2026, 3, 20), null, null, null, "差错", HOSPITAL, department);
    }

    @Test
    void aTermIsEvaluatedAsOfTheDayOfTheEventInCeleAndKeptWhereThePersonWorks() {
        live(report(SURGEON), Instant.parse("2026-03-31T17:00:00Z"));
        assertThat(evaluated).containsExactly("CL-0001.T1 2026-04-01");
        assertThat(rows.get("CL-0001.T1")).isEqualTo(new ProgressTable.Placement("CL-0001.T1", "CL-0001", HOSPITAL,
                SURGERY, "ASSOCIATE_SENIOR", "CLINICAL"));
        assertThat(positions).containsEntry("CL-0001.T1", 1L);

        live(new TermMonthClosed(SURGEON.staffId(), SURGEON, YearMonth.of(2026, 3)),
                Instant.parse("2026-04-10T16:00:00Z"));
        assertThat(evaluated).as("the month closing at its due day moves the term on")
                .containsExactly("CL-0001.T1 2026-04-01", "CL-0001.T1 2026-04-11");
        assertThat(waiting).isEmpty();
    }

    @Test
    void anIncidentEvaluatesEveryTermOfItsDepartmentAndNoOther() {
        Instant march = Instant.parse("2026-03-05T02:00:00Z");
        live(report(SURGEON), march);
        live(report(COLLEAGUE), march);
        live(report(PHYSICIAN), march);
        evaluated.clear();

        live(incidentOf("CL-0002", SURGERY), Instant.parse("2026-03-21T02:00:00Z"));

        assertThat(evaluated).containsExactly("CL-0001.T1 2026-03-21", "CL-0002.T1 2026-03-21");
    }

    @Test
    void aPersonNotYetInTheDirectoryWaitsUntilTheDirectoryKnowsThemAndAResetEmptiesTheRows() {
        PersonOnRecord colleague = directory.remove("CL-0002");
        live(report(COLLEAGUE), Instant.parse("2026-03-05T02:00:00Z"));
        live(report(SURGEON), Instant.parse("2026-03-05T02:00:00Z"));
        assertThat(rows).containsOnlyKeys("CL-0001.T1");
        assertThat(waiting).containsOnlyKeys("CL-0002.T1");
        assertThat(catchUp()).as("still unknown: it waits on").isZero();

        directory.put("CL-0002", colleague);
        assertThat(catchUp()).isEqualTo(1);
        assertThat(rows).containsOnlyKeys("CL-0001.T1", "CL-0002.T1");
        assertThat(positions).containsEntry("CL-0002.T1", 1L);
        assertThat(waiting).isEmpty();

        projection.reset();
        assertThat(rows).isEmpty();
    }

    @Test
    void aReplayEvaluatesEachTermOnceAsOfTheLastEventItPassedForItOrItsDepartment() {
        replayed(report(SURGEON), Instant.parse("2026-03-05T02:00:00Z"));
        replayed(report(PHYSICIAN), Instant.parse("2026-03-06T02:00:00Z"));
        replayed(new TermMonthClosed(SURGEON.staffId(), SURGEON, YearMonth.of(2026, 3)),
                Instant.parse("2026-04-10T16:00:00Z"));
        replayed(new TermMonthClosed(PHYSICIAN.staffId(), PHYSICIAN, YearMonth.of(2026, 3)),
                Instant.parse("2026-04-10T16:00:00Z"));
        replayed(incidentOf("CL-0001", SURGERY), Instant.parse("2026-04-20T02:00:00Z"));
        assertThat(evaluated).as("nothing is evaluated while the replay runs").isEmpty();
        assertThat(rows).isEmpty();

        assertThat(catchUp()).isEqualTo(2);
        assertThat(evaluated).containsExactlyInAnyOrder("CL-0001.T1 2026-04-20", "CL-0003.T1 2026-04-11");
        assertThat(positions).containsEntry("CL-0001.T1", 5L).containsEntry("CL-0003.T1", 4L);
        assertThat(waiting).isEmpty();
    }

    private static CaseOpened caseOf(String staffId) {
        return new CaseOpened(StaffId.of(staffId), new CaseId(StaffId.of(staffId), 1), null, null, "HR", HOSPITAL, SURGERY,
                Rank.ASSOCIATE_SENIOR, 6, "领导小组认定", "cele-2026-v1");
    }

    @Test
    void aCaseOfThePersonEvaluatesEveryTermOfTheirsAndNoOtherAndARectificationItsTerm() {
        TermId second = TermId.of("CL-0001.T2");
        Instant march = Instant.parse("2026-03-05T02:00:00Z");
        live(report(SURGEON), march);
        live(report(second), march);
        live(report(COLLEAGUE), march);
        evaluated.clear();

        live(caseOf("CL-0001"), Instant.parse("2026-03-21T02:00:00Z"));
        assertThat(evaluated).containsExactly("CL-0001.T1 2026-03-21", "CL-0001.T2 2026-03-21");

        evaluated.clear();
        live(new RectificationStarted(SURGEON.staffId(), "CL-0001.T1.R1", SURGEON, "2026-Q1",
                LocalDate.of(2026, 4, 2), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 10), null),
                Instant.parse("2026-04-02T02:00:00Z"));
        assertThat(evaluated).containsExactly("CL-0001.T1 2026-04-02");
    }

    @Test
    void duringAReplayAPersonsCaseMovesEachOfTheirNotedTermsToItsDayWhetherNotedInItsBatchOrBefore() {
        replayed(report(SURGEON), Instant.parse("2026-03-05T02:00:00Z"));
        replayed(report(COLLEAGUE), Instant.parse("2026-03-05T02:00:00Z"));
        replayed(caseOf("CL-0001"), Instant.parse("2026-05-20T02:00:00Z"));
        assertThat(evaluated).isEmpty();

        assertThat(catchUp()).isEqualTo(2);
        assertThat(evaluated).containsExactlyInAnyOrder("CL-0001.T1 2026-05-20", "CL-0002.T1 2026-03-05");
        assertThat(positions).containsEntry("CL-0001.T1", 3L).containsEntry("CL-0002.T1", 2L);
    }

    @Test
    void anOlderEvaluationNeverReplacesALaterOne() {
        replayed(report(SURGEON), Instant.parse("2026-03-05T02:00:00Z"));
        live(new TermMonthClosed(SURGEON.staffId(), SURGEON, YearMonth.of(2026, 3)),
                Instant.parse("2026-04-10T16:00:00Z"));
        assertThat(positions).containsEntry("CL-0001.T1", 2L);

        catchUp();
        assertThat(positions).as("the row after the later event stays").containsEntry("CL-0001.T1", 2L);
        assertThat(waiting).isEmpty();
    }

    @Test
    void aTermWhoseEvaluationFailsKeepsItsFailureAndTheOthersGoOn() {
        TaskProgressProjection failing = new TaskProgressProjection(table, people,
                (termId, person, asOf) -> {
                    if (termId.equals(SURGEON)) throw new IllegalStateException("no policy in force");
                    evaluated.add(termId + " " + asOf);
                    return projected(asOf);
                });
        replayed(report(SURGEON), Instant.parse("2026-03-05T02:00:00Z"));
        replayed(report(PHYSICIAN), Instant.parse("2026-03-05T02:00:00Z"));

        List<ProgressTable.Waiting> terms = failing.waiting(100);
        int done = 0;
        for (ProgressTable.Waiting term : terms) {
            try {
                if (failing.catchUp(term)) done++;
            } catch (RuntimeException e) {
                failing.failed(term, e);
            }
        }

        assertThat(done).isEqualTo(1);
        assertThat(failures).containsExactly("CL-0001.T1: no policy in force");
        assertThat(rows).containsOnlyKeys("CL-0003.T1");
    }
}
