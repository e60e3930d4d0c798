package cn.nengshang.ledger.casework.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.calendar.api.WorkingCalendar;
import cn.nengshang.ledger.casework.api.AgreementSigned;
import cn.nengshang.ledger.casework.api.AnswerObjection;
import cn.nengshang.ledger.casework.api.ApproveCase;
import cn.nengshang.ledger.casework.api.AssessCase;
import cn.nengshang.ledger.casework.api.CarryOverCase;
import cn.nengshang.ledger.casework.api.CaseApproved;
import cn.nengshang.ledger.casework.api.CaseAssessed;
import cn.nengshang.ledger.casework.api.CaseCarriedOver;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseEvent;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.CaseOutcome;
import cn.nengshang.ledger.casework.api.CaseProposed;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.CaseStates;
import cn.nengshang.ledger.casework.api.CaseWithdrawn;
import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.DecideCase;
import cn.nengshang.ledger.casework.api.LegacyCaseSteps;
import cn.nengshang.ledger.casework.api.NoticeClosed;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.casework.api.ProposeCase;
import cn.nengshang.ledger.casework.api.Qualification;
import cn.nengshang.ledger.casework.api.QualificationReviewed;
import cn.nengshang.ledger.casework.api.RaiseObjection;
import cn.nengshang.ledger.casework.api.ReviewQualification;
import cn.nengshang.ledger.casework.api.SignAgreement;
import cn.nengshang.ledger.casework.api.StartNotice;
import cn.nengshang.ledger.casework.api.WithdrawCase;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.DomainRange;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Decision;
import cn.nengshang.policy.casework.Procedure;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.Thresholds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
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
 * One case file and its procedure (DOMAIN §7), under the policy of the term the case arose in. Each step checks
 * the acting role and institution, and that the case is at the step before it; a step out of order is refused
 * with CASE_STATE. Its conclusion changes the person's appointment.
 */
public class CaseFile {

    @EntityId
    private final CaseId caseId;
    private final CaseKind kind;
    private final Rank rank;
    private final String policyId;
    private final LocalDate openedOn;
    private final Person person;
    private CaseState state;
    private String proposer;
    private String assessor;
    private Decision decision;
    private Integer decidedPostGrade;
    private LocalDate noticeEndsOn;
    private final Map<String, Boolean> objections = new LinkedHashMap<>();
    private int objectionsRaised;
    private boolean carriedOver;
    private LocalDate approvedOn;

    /** What a case needs of the person whose record holds it. */
    public interface Person {

        StaffId staffId();

        Subject subject();

        Rank rank();

        AppointmentState appointmentState();

        Integer postGrade();

        /** The policy of the term running on a day, for a case opened by hand then. */
        String currentPolicyId(LocalDate day);

        /** The appointment moves to a state, for a reason. */
        void moveTo(AppointmentState state, String reason);

        /** The state an outcome leaves the person in. */
        AppointmentState stateAfter(CaseOutcome outcome);

        /** The post grade a case's outcome sets, from a day. */
        void changeGrade(int grade, LocalDate effectiveOn, CaseOutcome outcome, CaseId caseId);
    }

    CaseFile(CaseOpened opened, LocalDate openedOn, Person person) {
        this(opened.caseId(), opened.kind(), opened.rank(), opened.policyId(), openedOn, person);
    }

    /** A file of the same case at its opening, to replay steps recorded elsewhere. */
    private CaseFile(CaseFile opened) {
        this(opened.caseId, opened.kind, opened.rank, opened.policyId, opened.openedOn, opened.person);
    }

    private CaseFile(CaseId caseId, CaseKind kind, Rank rank, String policyId, LocalDate openedOn, Person person) {
        this.caseId = caseId;
        this.kind = kind;
        this.rank = rank;
        this.policyId = policyId;
        this.openedOn = openedOn;
        this.person = person;
        this.state = CaseState.OPENED;
    }

    /** What a snapshot of the person's record keeps of the case: where its procedure stands. */
    public record State(CaseId caseId, CaseKind kind, Rank rank, String policyId, LocalDate openedOn, CaseState state,
                        String proposer, String assessor, Decision decision, Integer decidedPostGrade,
                        LocalDate noticeEndsOn, Map<String, Boolean> objections, int objectionsRaised,
                        boolean carriedOver, LocalDate approvedOn) {
    }

    public State snapshot() {
        return new State(caseId, kind, rank, policyId, openedOn, state, proposer, assessor, decision, decidedPostGrade,
                noticeEndsOn, new LinkedHashMap<>(objections), objectionsRaised, carriedOver, approvedOn);
    }

    /** The case as a snapshot left it, in the person's record. */
    static CaseFile restore(State state, Person person) {
        CaseFile file = new CaseFile(state.caseId(), state.kind(), state.rank(), state.policyId(), state.openedOn(),
                person);
        file.state = state.state();
        file.proposer = state.proposer();
        file.assessor = state.assessor();
        file.decision = state.decision();
        file.decidedPostGrade = state.decidedPostGrade();
        file.noticeEndsOn = state.noticeEndsOn();
        file.objections.putAll(state.objections());
        file.objectionsRaised = state.objectionsRaised();
        file.carriedOver = state.carriedOver();
        file.approvedOn = state.approvedOn();
        return file;
    }

    public CaseId caseId() {
        return caseId;
    }

    /**
     * A case opened by the version before one record per fact kept its steps in a stream of its own: an open one
     * takes them in, once, so that its procedure goes on where it stood (a closed one has nothing left to do).
     */
    @CommandHandler
    void handle(CarryOverCase command, LegacyCaseSteps legacy) {
        if (carriedOver || state != CaseState.OPENED) {
            return;
        }
        List<CaseEvent> steps = legacy.of(caseId);
        if (steps.isEmpty()) {
            return;
        }
        CaseFile replayed = new CaseFile(this);
        steps.forEach(step -> replayed.on(step, null));
        if (replayed.state == CaseState.OPENED || replayed.state.closed()) {
            return;
        }
        apply(new CaseCarriedOver(caseId, person.staffId(), replayed.state, replayed.proposer, replayed.assessor,
                replayed.decision, replayed.decidedPostGrade, replayed.noticeEndsOn, replayed.objections,
                replayed.objectionsRaised));
    }

    @CommandHandler
    void handle(ProposeCase command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Operation.PROPOSE_CASE.check(actor, person.subject());
        at(CaseState.OPENED);
        List<String> evidence = command.evidence() == null ? List.of() : command.evidence();
        Checks checks = new Checks().prose("reasons", command.reasons());
        if (evidence.isEmpty()) checks.add(FieldProblem.of("evidence", "REQUIRED"));
        int most = DomainRange.MAX_EVIDENCE;
        if (evidence.size() > most) checks.add(FieldProblem.of("evidence", "TOO_MANY", most));
        for (int i = 0; i < evidence.size() && i < most; i++) checks.text("evidence[" + i + "]", evidence.get(i));
        checks.orRefuse();
        apply(new CaseProposed(caseId, person.staffId(), Checks.kept(command.reasons()),
                evidence.stream().map(String::strip).toList(), actor.sub()));
    }

    @CommandHandler
    void handle(ReviewQualification command, MetaData metaData, Clock clock) {
        Operation.REVIEW_QUALIFICATION.check(Actor.from(metaData), person.subject());
        at(CaseState.PROPOSED);
        new Checks().present("outcome", command.outcome()).optionalProse("notes", command.notes()).orRefuse();
        apply(new QualificationReviewed(caseId, person.staffId(), command.outcome(), note(command.notes())));
        if (command.outcome() == Qualification.DISMISSED) {
            conclude(CaseOutcome.NO_CHANGE, null, LocalDate.now(clock));
        }
    }

    @CommandHandler
    void handle(AssessCase command, MetaData metaData, PublishedPolicies policies, Clock clock) {
        Actor actor = Actor.from(metaData);
        Operation.ASSESS_CASE.check(actor, person.subject());
        at(CaseState.QUALIFIED);
        List<String> bad = Procedure.assessmentProblems(thresholds(policies, clock), command.quantitative(),
                command.democratic(), command.defence(), command.quantitativeWeight(), command.democraticWeight(),
                command.defenceWeight());
        LedgerException.failIfAny(bad.stream().map(field -> FieldProblem.of(field, "ASSESSMENT")).toList());
        apply(new CaseAssessed(caseId, person.staffId(), command.quantitative(), command.democratic(),
                command.defence(), command.quantitativeWeight(), command.democraticWeight(), command.defenceWeight(),
                Procedure.total(command.quantitative(), command.democratic(), command.defence(),
                        command.quantitativeWeight(), command.democraticWeight(), command.defenceWeight()),
                actor.sub()));
    }

    @CommandHandler
    void handle(DecideCase command, MetaData metaData, PublishedPolicies policies, PostGrades grades, Clock clock) {
        Operation.DECIDE_CASE.check(Actor.from(metaData), person.subject());
        at(CaseState.ASSESSED);
        Checks numbers = new Checks().within("members", command.members(), 1, DomainRange.MAX_COMMITTEE);
        numbers.orRefuse();
        numbers.within("present", command.present(), 0, command.members()).orRefuse();
        numbers.within("inFavour", command.inFavour(), 0, command.present()).orRefuse();
        Thresholds thresholds = thresholds(policies, clock);
        if (!Procedure.quorate(thresholds, command.members(), command.present())) {
            throw new LedgerException(ErrorCode.QUORUM_NOT_MET, command.present(), command.members(),
                    thresholds.committeeQuorum().toString());
        }
        if (!Procedure.adopted(thresholds, command.present(), command.inFavour())) {
            throw new LedgerException(ErrorCode.MAJORITY_NOT_REACHED, command.inFavour(), command.present(),
                    thresholds.committeeMajority().toString());
        }
        Decision outcome = command.outcome();
        if (outcome == null) refuse("outcome", "REQUIRED");
        if (!Procedure.decisionsFor(kind).contains(outcome)) refuse("outcome", "DECISION_KIND", kind.name());
        if (Procedure.takesGrade(outcome) && !Procedure.gradeFits(outcome, command.postGrade(), rank, grades)) {
            refuse("postGrade", "GRADE_FOR_DECISION", String.valueOf(command.postGrade()), outcome.name());
        }
        apply(new CommitteeDecided(caseId, person.staffId(), command.members(), command.present(), command.inFavour(),
                outcome, Procedure.takesGrade(outcome) ? command.postGrade() : null));
        if (outcome == Decision.NO_CHANGE) {
            conclude(CaseOutcome.NO_CHANGE, null, LocalDate.now(clock));
        }
    }

    @CommandHandler
    NoticeStarted handle(StartNotice command, MetaData metaData, PublishedPolicies policies, WorkingCalendar calendar,
                         Clock clock) {
        Operation.START_NOTICE.check(Actor.from(metaData), person.subject());
        at(CaseState.DECIDED);
        LocalDate today = LocalDate.now(clock);
        if (command.startsOn() == null || command.startsOn().isBefore(today)) refuse("startsOn", "NOT_PAST");
        if (command.startsOn().isAfter(today.plusYears(1))) refuse("startsOn", "RANGE", today, today.plusYears(1));
        int days = thresholds(policies, clock).noticeWorkingDays();
        NoticeStarted started = new NoticeStarted(caseId, person.staffId(), command.startsOn(),
                calendar.workingDays().lastOf(command.startsOn(), days), days);
        apply(started);
        return started;
    }

    @CommandHandler
    String handle(RaiseObjection command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Operation.RAISE_OBJECTION.check(actor, person.subject());
        at(CaseState.NOTICED);
        Checks checks = new Checks().prose("text", command.text());
        if (objections.size() >= DomainRange.MAX_OBJECTIONS) {
            checks.add(FieldProblem.of("text", "TOO_MANY", DomainRange.MAX_OBJECTIONS));
        }
        checks.orRefuse();
        String objectionId = caseId + "-O" + (objectionsRaised + 1);
        apply(new ObjectionRaised(caseId, person.staffId(), objectionId, command.text().strip(), actor.sub()));
        return objectionId;
    }

    /** An upheld objection voids the decision: the committee decides again, then a new notice runs (DOMAIN §7). */
    @CommandHandler
    void handle(AnswerObjection command, MetaData metaData) {
        Operation.ANSWER_OBJECTION.check(Actor.from(metaData), person.subject());
        at(CaseState.NOTICED);
        Boolean answered = objections.get(command.objectionId());
        if (answered == null) throw new LedgerException(ErrorCode.OBJECTION_NOT_FOUND, command.objectionId());
        if (answered) throw new LedgerException(ErrorCode.OBJECTION_ANSWERED, command.objectionId());
        new Checks().prose("answer", command.answer()).present("upheld", command.upheld()).orRefuse();
        apply(new ObjectionAnswered(caseId, person.staffId(), command.objectionId(), command.answer().strip(),
                command.upheld()));
    }

    @CommandHandler
    void handle(CloseNotice command, Clock clock) {
        at(CaseState.NOTICED);
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(noticeEndsOn)) throw new LedgerException(ErrorCode.NOTICE_NOT_OVER, noticeEndsOn.toString());
        if (objections.containsValue(false)) {
            throw new LedgerException(ErrorCode.OBJECTIONS_OPEN, objections.entrySet().stream()
                    .filter(e -> !e.getValue()).map(Map.Entry::getKey).toList().toString());
        }
        apply(new NoticeClosed(caseId, person.staffId(), today));
    }

    @CommandHandler
    void handle(ApproveCase command, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        Operation.APPROVE_CASE.check(actor, person.subject());
        if (actor.sub().equals(proposer) || actor.sub().equals(assessor)) {
            throw new LedgerException(ErrorCode.FOUR_EYES);
        }
        if (state == CaseState.NOTICED && objections.containsValue(false)) {
            throw new LedgerException(ErrorCode.OBJECTIONS_OPEN, "open");
        }
        at(CaseState.NOTICE_CLOSED);
        new Checks().present("approved", command.approved()).optionalProse("notes", command.notes()).orRefuse();
        apply(new CaseApproved(caseId, person.staffId(), command.approved(), note(command.notes()), actor.sub()));
        LocalDate today = LocalDate.now(clock);
        if (!command.approved()) {
            conclude(CaseOutcome.REJECTED, null, today);
        } else if (decision == Decision.DISMISS) {
            conclude(CaseOutcome.DISMISSED, null, today);
        }
    }

    @CommandHandler
    void handle(SignAgreement command, MetaData metaData, PublishedPolicies policies, Clock clock) {
        Operation.SIGN_AGREEMENT.check(Actor.from(metaData), person.subject());
        at(CaseState.APPROVED);
        if (command.signedOn() == null) refuse("signedOn", "REQUIRED");
        // signed once approved, and not yet to come: the post grade changes from that day
        LocalDate earliest = approvedOn != null ? approvedOn : openedOn;
        LocalDate today = LocalDate.now(clock);
        if (command.signedOn().isBefore(earliest) || command.signedOn().isAfter(today)) {
            refuse("signedOn", "RANGE", earliest, today);
        }
        if (command.postGrade() == null || !command.postGrade().equals(decidedPostGrade)) {
            refuse("postGrade", "AS_DECIDED", String.valueOf(decidedPostGrade));
        }
        int months = command.termMonths() == null ? policy(policies).termMonths() : command.termMonths();
        if (!Policy.termLengthAllowed(months)) refuse("termMonths", "RANGE", 1, Policy.MAX_TERM_MONTHS);
        apply(new AgreementSigned(caseId, person.staffId(), command.signedOn(), command.postGrade(), months));
        conclude(switch (decision) {
            case DOWNGRADE -> CaseOutcome.DOWNGRADED;
            case RESTORE -> CaseOutcome.RESTORED;
            default -> CaseOutcome.POST_ADJUSTED;
        }, command.postGrade(), command.signedOn());
    }

    /** HR centre, before approval, with a reason (DOMAIN §7). */
    @CommandHandler
    void handle(WithdrawCase command, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        Operation.WITHDRAW_CASE.check(actor, person.subject());
        if (state.closed() || state == CaseState.APPROVED) {
            throw new LedgerException(ErrorCode.CASE_STATE, state.name(), "OPENED … NOTICE_CLOSED");
        }
        new Checks().prose("reason", command.reason()).orRefuse();
        apply(new CaseWithdrawn(caseId, person.staffId(), Checks.kept(command.reason()), actor.sub()));
        conclude(CaseOutcome.WITHDRAWN, null, LocalDate.now(clock));
    }

    /** The outcome enters the record: the post grade a decision set, then the conclusion, then the state it leaves. */
    private void conclude(CaseOutcome outcome, Integer grade, LocalDate effectiveOn) {
        AppointmentState after = person.stateAfter(outcome);
        if (grade != null) {
            person.changeGrade(grade, effectiveOn, outcome, caseId);
        }
        apply(new CaseConcluded(person.staffId(), caseId, kind, outcome, grade, effectiveOn, after));
        person.moveTo(after, "case " + caseId + " concluded: " + outcome);
    }

    private void at(CaseState expected) {
        if (state != expected) {
            throw new LedgerException(ErrorCode.CASE_STATE, state.name(), expected.name());
        }
    }

    /** The case's policy: that of the term it arose in; a case recorded before it carried one, the one in force then. */
    private Policy policy(PublishedPolicies policies) {
        return policyId != null ? policies.of(policyId) : policies.inForceOn(openedOn);
    }

    private Thresholds thresholds(PublishedPolicies policies, Clock clock) {
        return policy(policies).thresholds();
    }

    private static String note(String notes) {
        return notes == null ? "" : notes.strip();
    }

    private static void refuse(String field, String reason, Object... args) {
        throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of(field, reason, args)));
    }

    @EventSourcingHandler
    void on(CaseEvent event, @Timestamp Instant at) {
        if (event instanceof CaseApproved && at != null) {
            approvedOn = LocalDate.ofInstant(at, BusinessTime.ZONE);
        }
        if (event instanceof CaseCarriedOver e) {
            proposer = e.proposer();
            assessor = e.assessor();
            decision = e.decision();
            decidedPostGrade = e.decidedPostGrade();
            noticeEndsOn = e.noticeEndsOn();
            objections.putAll(e.objections());
            objectionsRaised = e.objectionsRaised();
            carriedOver = true;
        } else if (event instanceof CaseProposed e) {
            proposer = e.proposer();
        } else if (event instanceof CaseAssessed e) {
            assessor = e.assessor();
        } else if (event instanceof CommitteeDecided e) {
            decision = e.outcome();
            decidedPostGrade = e.postGrade();
        } else if (event instanceof NoticeStarted e) {
            // a new notice: objections answered under the last one are done; those still open stand and must be
            // answered under this one before it closes
            noticeEndsOn = e.endsOn();
            objections.values().removeIf(answered -> answered);
        } else if (event instanceof ObjectionRaised e) {
            objections.put(e.objectionId(), false);
            objectionsRaised++;
        } else if (event instanceof ObjectionAnswered e) {
            objections.put(e.objectionId(), true);
            if (e.upheld()) {
                decision = null;
                decidedPostGrade = null;
                noticeEndsOn = null;
            }
        }
        state = CaseStates.after(state, event);
    }
}
