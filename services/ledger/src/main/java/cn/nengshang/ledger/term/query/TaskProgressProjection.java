package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.kernel.AppointmentMoved;
import cn.nengshang.ledger.kernel.OpenCaseChanged;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.OfTerm;
import cn.nengshang.policy.progress.Progress;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task-progress projection: after every event that can change where a term stands — its start, a report,
 * a register entry, a month closing at its due day, the term's end, an incident in the person's department, a
 * rectification of the term, the person's appointment moving, a case of theirs opening or concluding —
 * the term is evaluated again, as the record stood at the end of the event's day, by the same evaluator over
 * the same facts as the term's own progress. Time passes only by recorded events, so a replay gives the same
 * rows whenever it runs. It shares its processor with the incident list (ordered after it), so a
 * department's incident is in the list when the department's terms are evaluated.
 * <p>
 * A replay notes each term with the last event it passed for it, and the term is evaluated once, as of that event,
 * when the replay is done ({@link ProgressCatchUp}): the same row as after each event, for one evaluation instead
 * of one per event. A term whose person the people directory does not know yet waits the same way. Each row keeps
 * the position of the event it was evaluated after and is never replaced by an older evaluation.
 */
@Component
@ProcessingGroup(TaskProgressProjection.GROUP)
@Order(2)
class TaskProgressProjection {

    static final String GROUP = "progress";
    private static final String BATCH = TaskProgressProjection.class.getName() + ".noted";
    private static final Logger log = LoggerFactory.getLogger(TaskProgressProjection.class);

    /** Where a term stands as of a day, from the record: the term's own progress, and where its person stood. */
    interface Standing {
        ProgressQueries.Projected of(TermId termId, PersonOnRecord person, LocalDate asOf);
    }

    /** The rows the projection keeps, and the terms waiting to be evaluated. */
    interface Rows {
        boolean save(ProgressTable.Placement placement, Progress progress, TermStanding standing, long position);

        List<ProgressTable.Placement> ofPerson(String staffId);

        List<ProgressTable.Placement> ofDepartment(String institutionId, String departmentId);

        void deferPeople(List<ProgressTable.Moved> people, boolean kept);

        void deferAll(List<ProgressTable.Waiting> terms);

        void deferDepartment(String institutionId, String departmentId, Instant at, long position, boolean kept);

        List<ProgressTable.Waiting> waiting(int limit);

        void evaluated(ProgressTable.Waiting waiting);

        void failed(ProgressTable.Waiting waiting, String failure);

        void clear();
    }

    private final Rows table;
    private final PeopleDirectory people;
    private final Standing standing;

    @Autowired
    TaskProgressProjection(ProgressTable table, PeopleDirectory people, ProgressQueries progress) {
        this(table, people, progress::projected);
    }

    TaskProgressProjection(Rows table, PeopleDirectory people, Standing standing) {
        this.table = table;
        this.people = people;
        this.standing = standing;
    }

    /** Its start, a report or register entry, a month passing its due day (or a report missing then), its end. */
    @EventHandler
    void on(OfTerm event, @Timestamp Instant at, ReplayStatus replay, TrackingToken token) {
        term(event.termId(), at, replay, token);
    }

    /** The person's appointment moved: every row of theirs shows it. */
    @EventHandler
    void on(AppointmentMoved event, @Timestamp Instant at, ReplayStatus replay, TrackingToken token) {
        person(event.staffId(), at, replay, token);
    }

    /** A case of the person opened or concluded: every row of theirs shows it. */
    @EventHandler
    void on(OpenCaseChanged event, @Timestamp Instant at, ReplayStatus replay, TrackingToken token) {
        person(event.staffId(), at, replay, token);
    }

    private void term(TermId termId, Instant at, ReplayStatus replay, TrackingToken token) {
        long position = position(token);
        if (replay.isReplay()) {
            deferInBatch(new ProgressTable.Waiting(termId.toString(), termId.staffId().value(), at, position));
        } else {
            evaluate(termId, at, position);
        }
    }

    /**
     * Every term of the person stands anew. During a replay the person is noted with the batch: their terms noted in
     * it move to this event at once, those noted before when the batch commits.
     */
    private void person(StaffId staffId, Instant at, ReplayStatus replay, TrackingToken token) {
        long position = position(token);
        ProgressTable.Moved moved = new ProgressTable.Moved(staffId.value(), at, position);
        if (!replay.isReplay()) {
            table.ofPerson(staffId.value()).forEach(term -> evaluate(TermId.of(term.termId()), at, position));
            table.deferPeople(List.of(moved), false);
            return;
        }
        Batch batch = batch();
        if (batch == null) {
            table.deferPeople(List.of(moved), true);
            return;
        }
        batch.terms.replaceAll((id, term) -> term.staffId().equals(moved.staffId()) && term.position() < position
                ? new ProgressTable.Waiting(id, term.staffId(), at, position) : term);
        batch.people.merge(moved.staffId(), moved, (was, now) -> now.position() >= was.position() ? now : was);
    }

    /** Q1 counts the department's incidents: every term of the department stands anew. */
    @EventHandler
    void on(IncidentRecorded event, @Timestamp Instant at, ReplayStatus replay, TrackingToken token) {
        long position = position(token);
        if (!replay.isReplay()) {
            table.ofDepartment(event.institutionId(), event.departmentId())
                    .forEach(term -> evaluate(TermId.of(term.termId()), at, position));
        }
        flushBatch();
        table.deferDepartment(event.institutionId(), event.departmentId(), at, position, replay.isReplay());
    }

    /**
     * During a replay the terms passed are noted together when the processor's batch commits, one statement for the
     * batch; noting a term cannot fail on what an event holds, so nothing here needs parking.
     */
    private void deferInBatch(ProgressTable.Waiting term) {
        Batch batch = batch();
        if (batch == null) {
            table.deferAll(List.of(term));
            return;
        }
        batch.terms.merge(term.termId(), term, (was, now) -> now.position() >= was.position() ? now : was);
    }

    /** What the processor's batch noted during a replay, written when it commits; none outside a unit of work. */
    private record Batch(Map<String, ProgressTable.Waiting> terms, Map<String, ProgressTable.Moved> people) {
    }

    private Batch batch() {
        if (!CurrentUnitOfWork.isStarted()) return null;
        UnitOfWork<?> unit = CurrentUnitOfWork.get().root();
        return unit.getOrComputeResource(BATCH, key -> {
            Batch batch = new Batch(new LinkedHashMap<>(), new LinkedHashMap<>());
            unit.onPrepareCommit(u -> flush(batch));
            return batch;
        });
    }

    private void flushBatch() {
        if (!CurrentUnitOfWork.isStarted()) return;
        Batch noted = CurrentUnitOfWork.get().root().getResource(BATCH);
        if (noted != null) flush(noted);
    }

    private void flush(Batch noted) {
        if (!noted.terms.isEmpty()) table.deferAll(List.copyOf(noted.terms.values()));
        if (!noted.people.isEmpty()) table.deferPeople(List.copyOf(noted.people.values()), true);
        noted.terms.clear();
        noted.people.clear();
    }

    @ResetHandler
    void reset() {
        table.clear();
    }

    /** Up to {@code limit} terms waiting to be evaluated, taken by this transaction. */
    List<ProgressTable.Waiting> waiting(int limit) {
        return table.waiting(limit);
    }

    /** Evaluates up to {@code limit} waiting terms, each as of the event it waits since: how many were. */
    int catchUp(int limit) {
        int evaluated = 0;
        for (ProgressTable.Waiting term : table.waiting(limit)) {
            if (catchUp(term)) evaluated++;
        }
        return evaluated;
    }

    /** Evaluates a waiting term as of the event it waits since; false when its person is still unknown. */
    boolean catchUp(ProgressTable.Waiting term) {
        if (!evaluate(TermId.of(term.termId()), term.at(), term.position())) return false;
        table.evaluated(term);
        return true;
    }

    /** The term's evaluation failed: it keeps the failure, for the administrator, and waits for its next event. */
    void failed(ProgressTable.Waiting term, RuntimeException failure) {
        log.warn("term {} could not be evaluated: {}", term.termId(), failure.toString());
        table.failed(term, String.valueOf(failure.getMessage()));
    }

    /** Whether the term was evaluated; one whose person is not yet in the directory waits. */
    private boolean evaluate(TermId termId, Instant at, long position) {
        Optional<PersonOnRecord> person = people.find(termId.staffId());
        if (person.isEmpty()) {
            log.debug("term {} waits: {} is not yet in the people directory", termId, termId.staffId());
            table.deferAll(List.of(new ProgressTable.Waiting(termId.toString(), termId.staffId().value(), at,
                    position)));
            return false;
        }
        PersonOnRecord whose = person.get();
        ProgressQueries.Projected projected = standing.of(termId, whose, LocalDate.ofInstant(at, BusinessTime.ZONE));
        table.save(new ProgressTable.Placement(termId.toString(), whose.staffId(), whose.institutionId(),
                whose.departmentId(), whose.rank().name(), whose.family().name()), projected.progress(),
                projected.standing(), position);
        return true;
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
