package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.command.Appointment;
import cn.nengshang.ledger.assessment.api.DepartmentIncidents;
import cn.nengshang.ledger.assessment.command.Assessments;
import cn.nengshang.ledger.promotion.command.Qualifications;
import cn.nengshang.ledger.casework.api.CaseOutcome;
import cn.nengshang.ledger.casework.command.CaseFile;
import cn.nengshang.ledger.casework.command.Docket;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.organisation.OrganisationDirectory;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.term.api.JudgeRectification;
import cn.nengshang.ledger.term.api.StartTerm;
import cn.nengshang.ledger.term.api.TermOpened;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.term.command.Term;
import cn.nengshang.ledger.term.command.TermStart;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.Restoration;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.catalog.Specialty;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion.Verdict;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.Thresholds;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A senior's record (个人业绩档案), the one consistency boundary of the person: who they are, their appointment,
 * their terms (each an entity of its own, {@code term/command}), their cases ({@code casework/command}) and
 * their assessments ({@code assessment/command}). The record composes them and carries what one part's facts
 * mean for another: a ground found anywhere opens a case or joins the open one; a case's outcome changes the
 * appointment.
 */
@Aggregate(cache = "personCache", snapshotTriggerDefinition = "personSnapshots")
@Revision("2")
class StaffMember implements Term.Person, CaseFile.Person, Assessments.Person, Qualifications.Person {

    @AggregateIdentifier
    private StaffId staffId;
    private Rank rank;
    private Profession profession;
    private String specialtyCode;
    private String institutionId;
    private String departmentId;
    @AggregateMember
    private Appointment appointment;
    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final List<Term> terms = new ArrayList<>();
    @AggregateMember
    private Docket docket;
    @AggregateMember
    private Assessments assessments;
    @AggregateMember
    private Qualifications qualifications;

    StaffMember() {
    }

    /**
     * A snapshot of the record (Axon stores one after every so many events, see {@code config/AxonConfig}): each
     * part's state in a form of its own, so that the parts are joined to the person again when it is read. A
     * change of this form raises the class's revision: snapshots of another revision are passed over and the
     * record is read from its events, which stay the only source of truth.
     */
    record Snapshot(StaffId staffId, Rank rank, Profession profession, String specialtyCode, String institutionId,
                    String departmentId, Appointment.State appointment, List<Term.State> terms, Docket.State docket,
                    Assessments.State assessments, Qualifications.State qualifications) {
    }

    @JsonValue
    Snapshot snapshot() {
        return new Snapshot(staffId, rank, profession, specialtyCode, institutionId, departmentId,
                appointment.snapshot(), terms.stream().map(Term::snapshot).toList(), docket.snapshot(),
                assessments.snapshot(), qualifications.snapshot());
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static StaffMember restore(Snapshot snapshot) {
        StaffMember person = new StaffMember();
        person.staffId = snapshot.staffId();
        person.rank = snapshot.rank();
        person.profession = snapshot.profession();
        person.specialtyCode = snapshot.specialtyCode();
        person.institutionId = snapshot.institutionId();
        person.departmentId = snapshot.departmentId();
        person.appointment = Appointment.restore(snapshot.staffId(), snapshot.appointment());
        snapshot.terms().forEach(t -> person.terms.add(Term.restore(t, person)));
        person.docket = Docket.restore(snapshot.docket(), person);
        person.assessments = Assessments.restore(snapshot.assessments(), person);
        person.qualifications = Qualifications.restore(snapshot.qualifications(), person);
        return person;
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
        boolean surgical = catalogue.find(specialtyCode).map(Specialty::surgical).orElse(false);
        TermStarted started = TermStart.of(command, new TermStart.Holder(staffId, rank, profession, surgical, terms),
                policies, grades);
        apply(started);
        if (appointment.state() == null) {
            appointment.moveTo(AppointmentState.APPOINTED, "term " + started.termId() + " started");
        }
        return new TermOpened(started.termId(), started.policyId());
    }

    /** Judges a rectification period when its judging day has passed; one judged already is left alone. */
    @CommandHandler
    void handle(JudgeRectification command, Clock clock, PublishedPolicies policies, ProgressEvaluator evaluator,
                DepartmentIncidents incidents) {
        terms.stream().filter(t -> t.holds(command.rectificationId())).findFirst()
                .ifPresent(term -> term.judge(command, policies, evaluator, incidents, clock));
    }

    // --- what the parts ask of the person ---

    @Override
    public StaffId staffId() {
        return staffId;
    }

    @Override
    public Subject subject() {
        return Subject.person(staffId.value(), institutionId, departmentId);
    }

    @Override
    public Rank rank() {
        return rank;
    }

    @Override
    public AppointmentState appointmentState() {
        return appointment.state();
    }

    @Override
    public boolean appointed() {
        return appointment.state() == AppointmentState.APPOINTED;
    }

    @Override
    public boolean dismissed() {
        return appointment.state() == AppointmentState.DISMISSED;
    }

    @Override
    public Integer postGrade() {
        return appointment.postGrade();
    }

    @Override
    public LocalDate downgradedOn() {
        return downgraded() ? appointment.downgradedOn() : null;
    }

    @Override
    public boolean downgraded() {
        return appointment.state() == AppointmentState.DOWNGRADED;
    }

    @Override
    public Integer titleGrade() {
        return appointment.titleGrade();
    }

    @Override
    public String nextRectificationId() {
        return appointment.nextRectificationId();
    }

    @Override
    public boolean rectifying() {
        return appointment.rectifying();
    }

    @Override
    public void rectificationChanged(String reason) {
        appointment.reconsiderRectification(reason);
    }

    @Override
    public void found(Ground ground, String source, String policyId) {
        docket.found(ground, source, policyId);
    }

    @Override
    public void moveTo(AppointmentState state, String reason) {
        appointment.moveTo(state, reason);
    }

    @Override
    public AppointmentState stateAfter(CaseOutcome outcome) {
        return switch (outcome) {
            case DOWNGRADED -> AppointmentState.DOWNGRADED;
            case RESTORED, POST_ADJUSTED -> AppointmentState.APPOINTED;
            case DISMISSED -> AppointmentState.DISMISSED;
            default -> appointment.settled();
        };
    }

    @Override
    public void changeGrade(int grade, LocalDate effectiveOn, CaseOutcome outcome, CaseId caseId) {
        appointment.changeGrade(grade, effectiveOn, outcome.name(), caseId.toString(),
                outcome == CaseOutcome.DOWNGRADED);
    }

    /** The term running now: the last one started. */
    private java.util.Optional<Term> current() {
        return terms.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(terms.get(terms.size() - 1));
    }

    @Override
    public List<TermCalendar> termsOnRecord() {
        return terms.stream().map(t -> t.record().calendar()).toList();
    }

    @Override
    public TermCalendar currentTerm() {
        return current().map(t -> t.record().calendar()).orElse(null);
    }

    @Override
    public String currentPolicyId(LocalDate day) {
        return current().map(t -> t.record().policyId()).orElse(null);
    }

    @Override
    public Thresholds thresholds(LocalDate today, PublishedPolicies policies) {
        return current().map(t -> policies.of(t.record().policyId())).orElseGet(() -> policies.inForceOn(today))
                .thresholds();
    }

    /** Restoration (DOMAIN §8): no FAIL since the down-grade, and the current term's stage tasks complete today. */
    @Override
    public boolean restorable(AnnualRating rating, int year, Clock clock, PublishedPolicies policies,
                              ProgressEvaluator evaluator, DepartmentIncidents incidents) {
        Map<Quarter, Boolean> failed = new LinkedHashMap<>();
        terms.forEach(t -> t.record().verdicts().forEach(v ->
                failed.put(Quarter.parse(v.quarter()).orElseThrow(), v.verdict() == Verdict.FAIL)));
        return current().map(t -> Restoration.eligible(rating, year, appointment.downgradedOn(), failed,
                t.suggestionPasses(LocalDate.now(clock), policies, evaluator, incidents, clock))).orElse(false);
    }

    // --- the record's own facts, and what each tells the parts ---

    @EventSourcingHandler
    void on(StaffRegistered event) {
        staffId = event.staffId();
        rank = event.rank();
        profession = event.profession();
        specialtyCode = event.specialtyCode();
        institutionId = event.institutionId();
        departmentId = event.departmentId();
        appointment = new Appointment(staffId);
        docket = new Docket(this);
        assessments = new Assessments(this);
        qualifications = new Qualifications(this);
    }

    @EventSourcingHandler
    void on(TermStarted event) {
        terms.add(new Term(event, this));
    }
}
