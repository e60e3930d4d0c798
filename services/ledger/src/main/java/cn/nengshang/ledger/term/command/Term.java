package cn.nengshang.ledger.term.command;

import cn.nengshang.ledger.assessment.api.DepartmentIncidents;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.CheckMonthlyReport;
import cn.nengshang.ledger.term.api.EndTerm;
import cn.nengshang.ledger.term.api.ExemptWeek;
import cn.nengshang.ledger.term.api.JudgeRectification;
import cn.nengshang.ledger.term.api.MonthlyReportOverdue;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.ReplaceMentee;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.term.api.TermMonthClosed;
import cn.nengshang.ledger.term.api.TermEvent;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.term.record.TermRecord;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.Grounds;
import cn.nengshang.policy.casework.Rectifications;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion;
import cn.nengshang.policy.progress.Suggestion.Verdict;
import cn.nengshang.policy.progress.TaskProgress;
import cn.nengshang.policy.progress.TermFacts;
import cn.nengshang.policy.rules.Policy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.EntityId;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One appointment term (聘期) of a person's record: its monthly reports, registers and quarterly verdicts,
 * the rectification periods its failed quarters start, and its end. Every judgement uses the term's bound
 * policy and the one set of facts progress shows: the term's record and its department's incidents.
 */
public class Term {

    @EntityId
    private final TermId termId;
    private final TermRecord record;
    private final Person person;
    private final Map<String, RectificationStarted> openRectifications = new LinkedHashMap<>();

    /** What a term needs of the person whose record holds it. */
    public interface Person {

        StaffId staffId();

        /** The person as the role table checks them. */
        Subject subject();

        /** Appointed in the title's band, with no case or period running. */
        boolean appointed();

        boolean dismissed();

        /** Whether a down-grade is in effect. */
        boolean downgraded();

        /** When the down-grade now in effect took effect, if one does. */
        LocalDate downgradedOn();

        /** The first grade of the title's band, where re-appointment puts the person. */
        Integer titleGrade();

        /** The id of the person's next rectification period. */
        String nextRectificationId();

        /** Whether any rectification period of the person runs. */
        boolean rectifying();

        /** A rectification period began or was judged: the appointment's state follows. */
        void rectificationChanged(String reason);

        /** A ground of the scheme was found, under this term's policy: it opens a case or joins the open one. */
        void found(Ground ground, String source, String policyId);
    }

    public Term(TermStarted start, Person person) {
        this(new TermRecord(start), person);
    }

    private Term(TermRecord record, Person person) {
        this.termId = record.termId();
        this.record = record;
        this.person = person;
    }

    /** What a snapshot of the person's record keeps of the term. */
    public record State(TermRecord.State record, List<RectificationStarted> openRectifications) {
    }

    public State snapshot() {
        return new State(record.snapshot(), List.copyOf(openRectifications.values()));
    }

    /** The term as a snapshot left it, in the person's record. */
    public static Term restore(State state, Person person) {
        Term term = new Term(TermRecord.restore(state.record()), person);
        state.openRectifications().forEach(r -> term.openRectifications.put(r.rectificationId(), r));
        return term;
    }

    public TermId termId() {
        return termId;
    }

    public TermRecord record() {
        return record;
    }

    public boolean ended() {
        return record.ended();
    }

    public boolean holds(String rectificationId) {
        return openRectifications.containsKey(rectificationId);
    }

    private TermEntries entries(Operation operation, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        operation.check(actor, person.subject());
        return new TermEntries(person.staffId(), record, actor, LocalDate.now(clock));
    }

    @CommandHandler
    ReportReceipt handle(SubmitMonthlyReport command, MetaData metaData, Clock clock) {
        TermEntries.Submission submission = entries(Operation.SUBMIT_MONTHLY_REPORT, metaData, clock).submission(command);
        submission.event().ifPresent(e -> apply(e));
        return submission.receipt();
    }

    @CommandHandler
    void handle(RegisterMentee command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, metaData, clock).mentee(command));
    }

    @CommandHandler
    void handle(AssessMentee command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, metaData, clock).assessment(command));
    }

    @CommandHandler
    void handle(ReplaceMentee command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, metaData, clock).replacement(command));
    }

    @CommandHandler
    String handle(RecordProject command, MetaData metaData, Clock clock) {
        var event = entries(Operation.KEEP_REGISTERS, metaData, clock).project(command);
        apply(event);
        return event.projectId();
    }

    @CommandHandler
    String handle(RecordAchievement command, MetaData metaData, Clock clock) {
        var event = entries(Operation.KEEP_REGISTERS, metaData, clock).achievement(command);
        apply(event);
        return event.achievementId();
    }

    @CommandHandler
    void handle(ExemptWeek command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, metaData, clock).exemption(command));
    }

    /** The term's facts as they stand now, with its department's incidents: what every judgement of the term uses. */
    private TermFacts facts(DepartmentIncidents incidents, Clock clock) {
        return record.facts(departmentIncidents(incidents, clock.instant().plusMillis(1)));
    }

    private List<Incident> departmentIncidents(DepartmentIncidents incidents, Instant before) {
        Subject subject = person.subject();
        return incidents.of(subject.institutionId(), subject.departmentId(), before);
    }

    @CommandHandler
    void handle(RecordQuarterlyVerdict command, MetaData metaData, Clock clock, PublishedPolicies policies,
                ProgressEvaluator evaluator, DepartmentIncidents incidents) {
        TermEntries entries = entries(Operation.RECORD_QUARTERLY_VERDICT, metaData, clock);
        Policy policy = policies.of(record.policyId());
        QuarterlyVerdictRecorded verdict = entries.verdict(command, policy, evaluator, facts(incidents, clock));
        apply(verdict);
        if (verdict.verdict() == Verdict.FAIL) {
            afterFailedQuarter(command.quarter(), policy, LocalDate.now(clock));
        }
    }

    /**
     * A FAIL (DOMAIN §6, §8): two in a row are a ground, down-graded or not (then both after the down-grade);
     * and, unless a period already runs or the person is dismissed, a rectification period starts.
     */
    private void afterFailedQuarter(Quarter quarter, Policy policy, LocalDate today) {
        Quarter previous = Quarter.of(quarter.firstMonth().minusMonths(1));
        QuarterlyVerdictRecorded before = record.verdict(previous);
        Grounds.ofFailedQuarter(before != null && before.verdict() == Verdict.FAIL ? previous : null,
                person.downgradedOn()).ifPresent(ground ->
                person.found(ground, "quarters " + previous + " and " + quarter + " failed", policy.policyId()));
        if (!person.rectifying() && !person.dismissed()) {
            Rectifications.Period period = Rectifications.from(policy.thresholds(), today);
            apply(new RectificationStarted(person.staffId(), person.nextRectificationId(), termId, quarter.toString(),
                    period.startsOn(), period.endsOn(), period.judgedOn(), BusinessTime.endOf(period.judgedOn())));
            person.rectificationChanged("quarter " + quarter + " failed");
        }
    }

    /** Judges a period of this term that has run its course, by the same evaluator over the same facts. */
    public void judge(JudgeRectification command, PublishedPolicies policies, ProgressEvaluator evaluator,
                      DepartmentIncidents incidents, Clock clock) {
        RectificationStarted period = openRectifications.get(command.rectificationId());
        Policy policy = policies.of(record.policyId());
        Suggestion judged = evaluator.judgeRectification(policy, facts(incidents, clock), period.startsOn(),
                period.endsOn());
        List<String> shortTasks = judged.tasks().stream().filter(t -> !t.passing()).map(TaskProgress::task).toList();
        apply(new RectificationJudged(person.staffId(), period.rectificationId(), termId, shortTasks.isEmpty(),
                shortTasks, policy.policyId()));
        person.rectificationChanged("rectification " + period.rectificationId() + " judged");
        if (!shortTasks.isEmpty() && Rectifications.failureCounts(period.startsOn(), person.downgradedOn())) {
            person.found(Ground.RECTIFICATION_FAILED, "rectification " + period.rectificationId() + " short on "
                    + String.join(", ", shortTasks), policy.policyId());
        }
    }

    /** Whether the stage tasks, as they stand on a day, pass: what restoration asks of the tasks of the post held. */
    public boolean suggestionPasses(LocalDate day, PublishedPolicies policies, ProgressEvaluator evaluator,
                                    DepartmentIncidents incidents, Clock clock) {
        return evaluator.suggest(policies.of(record.policyId()), facts(incidents, clock), day).verdict() == Verdict.PASS;
    }

    @CommandHandler
    void handle(CheckMonthlyReport command, PublishedPolicies policies) {
        apply(new TermMonthClosed(person.staffId(), termId, command.month()));
        if (record.report(command.month()) == null) {
            apply(new MonthlyReportOverdue(person.staffId(), termId, command.month(),
                    policies.of(record.policyId()).thresholds().reportDueOn(command.month()),
                    person.subject().institutionId(), person.subject().departmentId()));
        }
    }

    /** The term is over: its final results, from the same facts as its progress; re-appointment or a case follows. */
    @CommandHandler
    void handle(EndTerm command, Clock clock, PublishedPolicies policies, ProgressEvaluator evaluator,
                DepartmentIncidents incidents) {
        if (record.ended()) {
            return;
        }
        Policy policy = policies.of(record.policyId());
        LocalDate lastDay = record.calendar().endMonth().atEndOfMonth();
        Progress result = evaluator.evaluate(policy, facts(incidents, clock), lastDay);
        Map<String, String> results = new LinkedHashMap<>();
        result.tasks().forEach(t -> results.put(t.task(), t.status().name()));
        boolean reappoint = result.allMet() && person.appointed();
        apply(new TermEnded(person.staffId(), termId, lastDay, policy.policyId(), results, result.allMet(),
                reappoint ? person.titleGrade() : null));
        if (!result.allMet()) {
            person.found(Ground.TERM_TASKS_UNMET, "term " + termId + " ended with tasks unmet", policy.policyId());
        }
    }

    @EventSourcingHandler
    void on(TermEvent event) {
        record.apply(event);
    }

    @EventSourcingHandler
    void on(RectificationStarted event) {
        openRectifications.put(event.rectificationId(), event);
    }

    @EventSourcingHandler
    void on(RectificationJudged event) {
        openRectifications.remove(event.rectificationId());
    }

    @EventSourcingHandler
    void on(TermEnded event) {
        record.end();
    }
}
