package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.assessment.api.RecordIncident;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.staff.api.AppointmentState;
import cn.nengshang.ledger.staff.api.AppointmentStateChanged;
import cn.nengshang.ledger.staff.api.CaseConcludedOnRecord;
import cn.nengshang.ledger.staff.api.CaseOpened;
import cn.nengshang.ledger.staff.api.CheckMonthlyReport;
import cn.nengshang.ledger.staff.api.ConcludeCase;
import cn.nengshang.ledger.staff.api.EndTerm;
import cn.nengshang.ledger.staff.api.GroundFound;
import cn.nengshang.ledger.staff.api.JudgeRectification;
import cn.nengshang.ledger.staff.api.MonthlyReportOverdue;
import cn.nengshang.ledger.staff.api.OpenCase;
import cn.nengshang.ledger.staff.api.PostGradeChanged;
import cn.nengshang.ledger.staff.api.RectificationJudged;
import cn.nengshang.ledger.staff.api.RectificationStarted;
import cn.nengshang.ledger.staff.api.TermEnded;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.Grounds;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Status;
import cn.nengshang.policy.progress.Suggestion;
import cn.nengshang.policy.progress.Suggestion.Verdict;
import cn.nengshang.policy.progress.TaskProgress;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.Thresholds;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.organisation.OrganisationDirectory;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.staff.api.StartTerm;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.staff.api.TermOpened;
import cn.nengshang.ledger.staff.api.TermStarted;
import cn.nengshang.ledger.staff.record.TermRecord;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.ExemptWeek;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.ReplaceMentee;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.api.TermEvent;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.catalog.Specialty;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.rules.Policy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A senior's record: who they are, their appointment terms with each term's reports and registers, their
 * annual ratings and incidents. Guards first, then events; state changes only in the event sourcing handlers.
 */
@Aggregate
class StaffMember {

    static final int DEFAULT_TERM_MONTHS = 24;

    @AggregateIdentifier
    private StaffId staffId;
    private Rank rank;
    private Profession profession;
    private String specialtyCode;
    private String institutionId;
    private String departmentId;
    private final List<TermRecord> terms = new ArrayList<>();
    private final Map<Integer, AnnualRating> ratings = new HashMap<>();
    private final List<Incident> incidents = new ArrayList<>();
    private final Appointment appointment = new Appointment();

    StaffMember() {
    }

    @CommandHandler
    StaffMember(RegisterStaff command, MetaData metaData, SpecialtyCatalogue catalogue,
                OrganisationDirectory organisation) {
        Operation.REGISTER_STAFF.check(Actor.from(metaData), Subject.person(command.staffId().value(),
                command.institutionId(), command.departmentId()));
        Checks checks = new Checks().name("name", command.name()).name("titleName", command.titleName())
                .present("rank", command.rank()).present("profession", command.profession());
        if (catalogue.find(command.specialtyCode()).isEmpty()) {
            checks.add(FieldProblem.of("specialtyCode", "UNKNOWN_SPECIALTY", String.valueOf(command.specialtyCode())));
        }
        if (!organisation.hasDepartment(command.institutionId(), command.departmentId())) {
            checks.add(FieldProblem.of("departmentId", "UNKNOWN_DEPARTMENT"));
        }
        checks.orRefuse();
        apply(new StaffRegistered(command.staffId(), command.name().strip(), command.institutionId(),
                command.departmentId(), command.rank(), command.titleName().strip(), command.profession(),
                command.specialtyCode()));
    }

    @CommandHandler
    TermOpened handle(StartTerm command, MetaData metaData, PublishedPolicies policies, PostGrades grades,
                      SpecialtyCatalogue catalogue) {
        Operation.START_TERM.check(Actor.from(metaData), subject());
        int months = command.months() == null ? DEFAULT_TERM_MONTHS : command.months();
        Baselines baselines = command.baselines() == null ? Baselines.NONE : command.baselines();
        Checks checks = new Checks().present("startMonth", command.startMonth());
        if (months < 1 || months > 60) checks.add(FieldProblem.of("months", "RANGE", 1, 60));
        if (command.postGrade() == null) {
            checks.add(FieldProblem.of("postGrade", "REQUIRED"));
        } else if (!grades.appointable(rank, command.postGrade())) {
            checks.add(FieldProblem.of("postGrade", "NOT_APPOINTABLE", command.postGrade()));
        }
        checks.addAll(TermEntries.baselineProblems(baselines)).orRefuse();
        if (terms.stream().anyMatch(t -> TermEntries.overlaps(t.calendar(), command.startMonth(), months))) {
            throw new LedgerException(ErrorCode.TERM_OVERLAPS);
        }
        Policy policy = policies.book().inForceOn(command.startMonth().atDay(1))
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, command.startMonth().toString()));
        boolean surgical = catalogue.find(specialtyCode).map(Specialty::surgical).orElse(false);
        TermId termId = new TermId(staffId, terms.size() + 1);
        apply(new TermStarted(staffId, termId, policy.policyId(), command.startMonth(), months,
                command.postGrade(), rank, profession.family(), surgical, baselines));
        if (appointment.state() == null) {
            changeState(AppointmentState.APPOINTED, "term " + termId + " started");
        }
        return new TermOpened(termId, policy.policyId());
    }

    @CommandHandler
    ReportReceipt handle(SubmitMonthlyReport command, MetaData metaData, Clock clock) {
        TermEntries entries = entries(Operation.SUBMIT_MONTHLY_REPORT, command.termId(), metaData, clock);
        TermEntries.Submission submission = entries.submission(command);
        submission.event().ifPresent(e -> apply(e));
        return submission.receipt();
    }

    @CommandHandler
    void handle(RegisterMentee command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, command.termId(), metaData, clock).mentee(command));
    }

    @CommandHandler
    void handle(AssessMentee command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, command.termId(), metaData, clock).assessment(command));
    }

    @CommandHandler
    void handle(ReplaceMentee command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, command.termId(), metaData, clock).replacement(command));
    }

    @CommandHandler
    String handle(RecordProject command, MetaData metaData, Clock clock) {
        var event = entries(Operation.KEEP_REGISTERS, command.termId(), metaData, clock).project(command);
        apply(event);
        return event.projectId();
    }

    @CommandHandler
    String handle(RecordAchievement command, MetaData metaData, Clock clock) {
        var event = entries(Operation.KEEP_REGISTERS, command.termId(), metaData, clock).achievement(command);
        apply(event);
        return event.achievementId();
    }

    @CommandHandler
    void handle(ExemptWeek command, MetaData metaData, Clock clock) {
        apply(entries(Operation.KEEP_REGISTERS, command.termId(), metaData, clock).exemption(command));
    }

    @CommandHandler
    void handle(RecordQuarterlyVerdict command, MetaData metaData, Clock clock, PublishedPolicies policies,
                ProgressEvaluator evaluator) {
        Actor actor = Actor.from(metaData);
        Operation.RECORD_QUARTERLY_VERDICT.check(actor, subject());
        TermRecord term = term(command.termId());
        Policy policy = policy(term, policies);
        LocalDate today = LocalDate.now(clock);
        QuarterlyVerdictRecorded verdict = new TermEntries(staffId, term, actor, today).verdict(command, policy, evaluator);
        apply(verdict);
        if (verdict.verdict() == Verdict.FAIL) {
            afterFailedQuarter(term, command.quarter(), policy, today);
        }
    }

    /** A FAIL: a ground when it repeats or comes while down-graded, and a rectification period (DOMAIN §6). */
    private void afterFailedQuarter(TermRecord term, Quarter quarter, Policy policy, LocalDate today) {
        Quarter previous = Quarter.of(quarter.firstMonth().minusMonths(1));
        if (appointment.state() == AppointmentState.DOWNGRADED) {
            found(Ground.FAILED_WHILE_DOWNGRADED, "quarter " + quarter + " failed while down-graded");
        } else if (term.verdict(previous) != null && term.verdict(previous).verdict() == Verdict.FAIL) {
            found(Ground.CONSECUTIVE_QUARTER_FAILS, "quarters " + previous + " and " + quarter + " failed");
        }
        if (!appointment.rectifying() && appointment.state() != AppointmentState.DISMISSED) {
            Thresholds thresholds = policy.thresholds();
            LocalDate endsOn = today.plusMonths(thresholds.rectificationMonths());
            LocalDate judgedOn = dueDayOnOrAfter(endsOn, thresholds.reportDueDay());
            apply(new RectificationStarted(staffId, staffId.value() + "-R" + (appointment.rectifications() + 1),
                    term.termId(), quarter.toString(), today, endsOn, judgedOn, BusinessTime.endOf(judgedOn)));
            if (appointment.state() == AppointmentState.APPOINTED) {
                changeState(AppointmentState.IN_RECTIFICATION, "quarter " + quarter + " failed");
            }
        }
    }

    /** The first report due day (the {@code dueDay}th of a month) on or after a day. */
    static LocalDate dueDayOnOrAfter(LocalDate day, int dueDay) {
        LocalDate due = day.withDayOfMonth(dueDay);
        return due.isBefore(day) ? due.plusMonths(1) : due;
    }

    @CommandHandler
    void handle(JudgeRectification command, PublishedPolicies policies, ProgressEvaluator evaluator) {
        RectificationStarted period = appointment.rectification(command.rectificationId());
        if (period == null) {
            return;
        }
        TermRecord term = term(period.termId());
        Policy policy = policy(term, policies);
        Suggestion judged = evaluator.judgeRectification(policy, term.facts(List.of()), period.startsOn(),
                period.endsOn());
        List<String> shortTasks = judged.tasks().stream().filter(t -> !t.passing()).map(TaskProgress::task).toList();
        apply(new RectificationJudged(staffId, period.rectificationId(), term.termId(), shortTasks.isEmpty(), shortTasks,
                policy.policyId()));
        if (appointment.state() == AppointmentState.IN_RECTIFICATION && !appointment.rectifying()) {
            changeState(AppointmentState.APPOINTED, "rectification " + period.rectificationId() + " judged");
        }
        boolean downgraded = appointment.state() == AppointmentState.DOWNGRADED;
        if (!shortTasks.isEmpty()
                && Grounds.rectificationFailureCounts(period.startsOn(), downgraded ? appointment.downgradedOn() : null)) {
            found(Ground.RECTIFICATION_FAILED, "rectification " + period.rectificationId() + " short on "
                    + String.join(", ", shortTasks));
        }
    }

    @CommandHandler
    String handle(OpenCase command, MetaData metaData) {
        Operation.OPEN_CASE.check(Actor.from(metaData), subject());
        new Checks().present("kind", command.kind()).optionalProse("notes", command.notes()).orRefuse();
        if (appointment.openCaseId() != null) {
            throw new LedgerException(ErrorCode.CASE_ALREADY_OPEN, appointment.openCaseId());
        }
        List<Ground> grounds = command.grounds() == null || command.grounds().isEmpty()
                ? List.of(Ground.MANUAL) : command.grounds();
        if (grounds.stream().anyMatch(java.util.Objects::isNull) || grounds.size() > Ground.values().length) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("grounds", "INVALID")));
        }
        String notes = command.notes() == null ? "" : command.notes().strip();
        String caseId = nextCaseId();
        opened(new CaseOpened(staffId, caseId, command.kind(), grounds.get(0), "opened by hand: " + notes,
                institutionId, departmentId, rank, appointment.postGrade(), notes));
        grounds.stream().skip(1).forEach(g -> apply(new GroundFound(staffId, caseId, g, "opened by hand")));
        return caseId;
    }

    @CommandHandler
    void handle(ConcludeCase command) {
        if (!command.caseId().equals(appointment.openCaseId())) {
            return;
        }
        Integer grade = command.postGrade();
        AppointmentState state = switch (command.outcome()) {
            case DOWNGRADED -> AppointmentState.DOWNGRADED;
            case RESTORED, POST_ADJUSTED -> AppointmentState.APPOINTED;
            case DISMISSED -> AppointmentState.DISMISSED;
            default -> appointment.settled();
        };
        if (grade != null && !grade.equals(appointment.postGrade())) {
            apply(new PostGradeChanged(staffId, appointment.postGrade(), grade, command.effectiveOn(),
                    command.outcome().name(), command.caseId()));
        }
        apply(new CaseConcludedOnRecord(staffId, command.caseId(), command.kind(), command.outcome(), grade,
                command.effectiveOn(), state));
        changeState(state, "case " + command.caseId() + " concluded: " + command.outcome());
    }

    private void changeState(AppointmentState to, String reason) {
        if (appointment.state() != to) {
            apply(new AppointmentStateChanged(staffId, appointment.state(), to, reason));
        }
    }

    @CommandHandler
    void handle(CheckMonthlyReport command, PublishedPolicies policies) {
        TermRecord term = term(command.termId());
        if (term.report(command.month()) == null) {
            LocalDate dueOn = command.month().plusMonths(1).atDay(policy(term, policies).thresholds().reportDueDay());
            apply(new MonthlyReportOverdue(staffId, term.termId(), command.month(), dueOn, institutionId,
                    departmentId));
        }
    }

    @CommandHandler
    void handle(EndTerm command, Clock clock, PublishedPolicies policies, ProgressEvaluator evaluator) {
        TermRecord term = term(command.termId());
        if (term.ended()) {
            return;
        }
        Policy policy = policy(term, policies);
        LocalDate lastDay = term.calendar().endMonth().atEndOfMonth();
        List<Incident> own = incidents.stream()
                .filter(i -> term.calendar().contains(YearMonth.from(i.occurredOn()))).toList();
        Progress result = evaluator.evaluate(policy, term.facts(own), lastDay);
        Map<String, String> results = new LinkedHashMap<>();
        result.tasks().forEach(t -> results.put(t.task(), t.status().name()));
        boolean allMet = result.tasks().stream()
                .allMatch(t -> t.status() == Status.MET || t.status() == Status.NOT_APPLICABLE);
        boolean reappoint = allMet && appointment.state() == AppointmentState.APPOINTED;
        apply(new TermEnded(staffId, term.termId(), lastDay, policy.policyId(), results, allMet,
                reappoint ? appointment.titleGrade() : null));
        if (!allMet) {
            found(Ground.TERM_TASKS_UNMET, "term " + term.termId() + " ended with tasks unmet");
        }
    }

    private Policy policy(TermRecord term, PublishedPolicies policies) {
        return policies.book().find(term.policyId())
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, term.policyId()));
    }

    /** A ground opens a case, or joins the one that is open: never two open cases for one person. */
    private void found(Ground ground, String source) {
        if (appointment.state() == AppointmentState.DISMISSED) {
            return;
        }
        if (appointment.openCaseId() != null) {
            if (ground != Ground.RESTORATION_ELIGIBLE) {
                apply(new GroundFound(staffId, appointment.openCaseId(), ground, source));
            }
            return;
        }
        CaseKind kind = Grounds.caseFor(ground, appointment.state() == AppointmentState.DOWNGRADED);
        opened(new CaseOpened(staffId, nextCaseId(), kind, ground, source, institutionId, departmentId, rank,
                appointment.postGrade(), null));
    }

    private void opened(CaseOpened event) {
        apply(event);
        if (event.kind() != CaseKind.RESTORATION) {
            changeState(AppointmentState.UNDER_REVIEW, "case " + event.caseId() + " opened");
        }
    }

    private String nextCaseId() {
        return staffId.value() + "-C" + (appointment.cases() + 1);
    }

    @CommandHandler
    void handle(RecordAnnualRating command, MetaData metaData, Clock clock, PublishedPolicies policies,
                ProgressEvaluator evaluator) {
        Operation.RECORD_ANNUAL_RATING.check(Actor.from(metaData), subject());
        Checks checks = new Checks().present("rating", command.rating());
        int thisYear = LocalDate.now(clock).getYear();
        if (command.year() == null || command.year() < 2000 || command.year() > thisYear) {
            checks.add(FieldProblem.of("year", "RANGE", 2000, thisYear));
        }
        checks.orRefuse();
        if (ratings.containsKey(command.year())) {
            throw new LedgerException(ErrorCode.RATING_EXISTS, command.year());
        }
        apply(new AnnualRatingRecorded(staffId, command.year(), command.rating()));
        boolean downgraded = appointment.state() == AppointmentState.DOWNGRADED;
        if (!command.rating().passed()) {
            found(downgraded ? Ground.FAILED_WHILE_DOWNGRADED : Ground.ANNUAL_RATING,
                    "annual rating " + command.year() + ": " + command.rating());
        } else if (downgraded && restorable(LocalDate.now(clock), policies, evaluator)) {
            found(Ground.RESTORATION_ELIGIBLE, "annual rating " + command.year() + ": " + command.rating()
                    + ", no failed quarter since " + appointment.downgradedOn() + ", current tasks complete");
        }
    }

    /** Restoration (DOMAIN §8): no quarterly FAIL since the down-grade and the current term's tasks complete. */
    private boolean restorable(LocalDate today, PublishedPolicies policies, ProgressEvaluator evaluator) {
        LocalDate since = appointment.downgradedOn();
        boolean failedSince = terms.stream().flatMap(t -> t.verdicts().stream())
                .anyMatch(v -> v.verdict() == Verdict.FAIL
                        && Quarter.parse(v.quarter()).orElseThrow().lastDay().isAfter(since));
        if (failedSince || terms.isEmpty()) {
            return false;
        }
        TermRecord current = terms.get(terms.size() - 1);
        return evaluator.suggest(policy(current, policies), current.facts(List.of()), today).verdict() == Verdict.PASS;
    }

    @CommandHandler
    String handle(RecordIncident command, MetaData metaData, Clock clock, PublishedPolicies policies) {
        Operation.RECORD_INCIDENT.check(Actor.from(metaData), subject());
        TermEntries.incidentProblems(command, LocalDate.now(clock)).orRefuse();
        String incidentId = staffId.value() + "-I" + (incidents.size() + 1);
        LocalDate today = LocalDate.now(clock);
        Incident incident = new Incident(command.type(), command.occurredOn(), command.grade(),
                command.responsibility(), command.impactUntil());
        List<Incident> earlier = incidentsOfCurrentTerm();
        apply(new IncidentRecorded(staffId, incidentId, command.type(), command.occurredOn(), command.grade(),
                command.responsibility(), command.impactUntil(), command.description().strip(), institutionId,
                departmentId));
        Grounds.ofIncident(thresholds(policies, today), incident, earlier, today)
                .ifPresent(ground -> found(ground, "incident " + incidentId + " " + command.type()));
        return incidentId;
    }

    private List<Incident> incidentsOfCurrentTerm() {
        if (terms.isEmpty()) {
            return List.copyOf(incidents);
        }
        TermCalendar calendar = terms.get(terms.size() - 1).calendar();
        return incidents.stream().filter(i -> calendar.contains(YearMonth.from(i.occurredOn()))).toList();
    }

    private Thresholds thresholds(PublishedPolicies policies, LocalDate today) {
        Policy policy = terms.isEmpty()
                ? policies.book().inForceOn(today).orElseThrow(() ->
                        new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, today.toString()))
                : policy(terms.get(terms.size() - 1), policies);
        return policy.thresholds();
    }

    private TermEntries entries(Operation operation, TermId termId, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        operation.check(actor, subject());
        return new TermEntries(staffId, term(termId), actor, LocalDate.now(clock));
    }

    private Subject subject() {
        return Subject.person(staffId.value(), institutionId, departmentId);
    }

    private TermRecord term(TermId termId) {
        return terms.stream().filter(t -> t.termId().equals(termId)).findFirst()
                .orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
    }

    @EventSourcingHandler
    void on(StaffRegistered event) {
        staffId = event.staffId();
        rank = event.rank();
        profession = event.profession();
        specialtyCode = event.specialtyCode();
        institutionId = event.institutionId();
        departmentId = event.departmentId();
    }

    @EventSourcingHandler
    void on(TermStarted event) {
        terms.add(new TermRecord(event));
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(AppointmentStateChanged event) {
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(RectificationStarted event) {
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(RectificationJudged event) {
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(CaseOpened event) {
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(CaseConcludedOnRecord event) {
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(PostGradeChanged event) {
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(TermEnded event) {
        term(event.termId()).end();
        appointment.on(event);
    }

    @EventSourcingHandler
    void on(TermEvent event) {
        term(event.termId()).apply(event);
    }

    @EventSourcingHandler
    void on(AnnualRatingRecorded event) {
        ratings.put(event.year(), event.rating());
    }

    @EventSourcingHandler
    void on(IncidentRecorded event) {
        incidents.add(new Incident(event.type(), event.occurredOn(), event.grade(), event.responsibility(),
                event.impactUntil()));
    }
}
