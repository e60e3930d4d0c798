package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.OfTerm;
import cn.nengshang.policy.progress.Progress;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The task-progress projection: after every event that can change where a term stands — its start, a report,
 * a register entry, a month closing at its due day, the term's end, an incident in the person's department —
 * the term is evaluated again, as the record stood at the end of the event's day, by the same evaluator over
 * the same facts as the term's own progress. Time passes only by recorded events, so a replay gives the same
 * rows whenever it runs. It shares its processor with the incident list (ordered after it), so a
 * department's incident is in the list when the department's terms are evaluated.
 */
@Component
@ProcessingGroup(TaskProgressProjection.GROUP)
@Order(2)
class TaskProgressProjection {

    static final String GROUP = "progress";
    private static final Logger log = LoggerFactory.getLogger(TaskProgressProjection.class);

    /** Where a term stands as of a day, from the record: the term's own progress. */
    interface Standing {
        Progress of(TermId termId, PersonOnRecord person, LocalDate asOf);
    }

    /** The rows the projection keeps. */
    interface Rows {
        void save(ProgressTable.Placement placement, Progress progress);

        List<ProgressTable.Placement> ofDepartment(String institutionId, String departmentId);

        void clear();
    }

    private final Rows table;
    private final PeopleDirectory people;
    private final Standing standing;

    @Autowired
    TaskProgressProjection(ProgressTable table, PeopleDirectory people, ProgressQueries progress) {
        this(table, people, progress::progress);
    }

    TaskProgressProjection(Rows table, PeopleDirectory people, Standing standing) {
        this.table = table;
        this.people = people;
        this.standing = standing;
    }

    /** Its start, a report or register entry, a month passing its due day (or a report missing then), its end. */
    @EventHandler
    void on(OfTerm event, @Timestamp Instant at) {
        evaluate(event.termId(), at);
    }

    /** Q1 counts the department's incidents: every term of the department stands anew. */
    @EventHandler
    void on(IncidentRecorded event, @Timestamp Instant at) {
        table.ofDepartment(event.institutionId(), event.departmentId())
                .forEach(term -> evaluate(TermId.of(term.termId()), at));
    }

    @ResetHandler
    void reset() {
        table.clear();
    }

    private void evaluate(TermId termId, Instant at) {
        Optional<PersonOnRecord> person = people.find(termId.staffId());
        if (person.isEmpty()) {
            // the people directory has not yet caught up with a registration: the check lists the term
            log.warn("term {} not projected: {} is not yet in the people directory", termId, termId.staffId());
            return;
        }
        PersonOnRecord whose = person.get();
        Progress progress = standing.of(termId, whose, LocalDate.ofInstant(at, BusinessTime.ZONE));
        table.save(new ProgressTable.Placement(termId.toString(), whose.staffId(), whose.institutionId(),
                whose.departmentId(), whose.rank().name(), whose.family().name()), progress);
    }
}
