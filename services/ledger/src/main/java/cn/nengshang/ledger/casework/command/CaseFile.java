package cn.nengshang.ledger.casework.command;

import cn.nengshang.ledger.casework.api.AddGround;
import cn.nengshang.ledger.casework.api.AgreementSigned;
import cn.nengshang.ledger.casework.api.AnswerObjection;
import cn.nengshang.ledger.casework.api.ApproveCase;
import cn.nengshang.ledger.casework.api.AssessCase;
import cn.nengshang.ledger.casework.api.CaseApproved;
import cn.nengshang.ledger.casework.api.CaseAssessed;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseProposed;
import cn.nengshang.ledger.casework.api.CaseStarted;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.CaseStates;
import cn.nengshang.ledger.casework.api.CloseNotice;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.DecideCase;
import cn.nengshang.ledger.casework.api.Decision;
import cn.nengshang.ledger.casework.api.GroundAdded;
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
import cn.nengshang.ledger.casework.api.StartCase;
import cn.nengshang.ledger.casework.api.StartNotice;
import cn.nengshang.ledger.calendar.api.WorkingCalendar;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.staff.api.CaseOutcome;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Procedure;
import cn.nengshang.policy.catalog.PostGradeBand;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.rules.Thresholds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One case file and its procedure (DOMAIN §7). Each step checks the acting role and institution, and that
 * the case is at the step before it; a step out of order is refused with CASE_STATE.
 */
@Aggregate
class CaseFile {

    private static final int MAX_EVIDENCE = 50;
    private static final int MAX_COMMITTEE = 500;

    @AggregateIdentifier
    private String caseId;
    private StaffId staffId;
    private CaseKind kind;
    private CaseState state;
    private String institutionId;
    private String departmentId;
    private Rank rank;
    private String proposer;
    private String assessor;
    private Decision decision;
    private Integer decidedPostGrade;
    private LocalDate noticeEndsOn;
    private final Map<String, Boolean> objections = new LinkedHashMap<>();

    CaseFile() {
    }

    @CommandHandler
    CaseFile(StartCase command) {
        apply(new CaseStarted(command.caseId(), command.staffId(), command.kind(), command.ground(), command.source(),
                command.institutionId(), command.departmentId(), command.rank(), command.postGrade()));
    }

    @CommandHandler
    void handle(AddGround command) {
        if (!state.closed()) {
            apply(new GroundAdded(caseId, staffId, command.ground(), command.source()));
        }
    }

    @CommandHandler
    void handle(ProposeCase command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Operation.PROPOSE_CASE.check(actor, subject());
        at(CaseState.OPENED);
        List<String> evidence = command.evidence() == null ? List.of() : command.evidence();
        Checks checks = new Checks().prose("reasons", command.reasons());
        if (evidence.isEmpty()) checks.add(FieldProblem.of("evidence", "REQUIRED"));
        if (evidence.size() > MAX_EVIDENCE) checks.add(FieldProblem.of("evidence", "TOO_MANY", MAX_EVIDENCE));
        for (int i = 0; i < evidence.size() && i < MAX_EVIDENCE; i++) checks.text("evidence[" + i + "]", evidence.get(i));
        checks.orRefuse();
        evidence = evidence.stream().map(String::strip).toList();
        apply(new CaseProposed(caseId, staffId, command.reasons().strip(), evidence, actor.sub()));
    }

    @CommandHandler
    void handle(ReviewQualification command, MetaData metaData, Clock clock) {
        Operation.REVIEW_QUALIFICATION.check(Actor.from(metaData), subject());
        at(CaseState.PROPOSED);
        new Checks().present("outcome", command.outcome()).optionalProse("notes", command.notes()).orRefuse();
        apply(new QualificationReviewed(caseId, staffId, command.outcome(), note(command.notes())));
        if (command.outcome() == Qualification.DISMISSED) {
            conclude(CaseOutcome.NO_CHANGE, null, LocalDate.now(clock));
        }
    }

    @CommandHandler
    void handle(AssessCase command, MetaData metaData, PublishedPolicies policies, Clock clock) {
        Actor actor = Actor.from(metaData);
        Operation.ASSESS_CASE.check(actor, subject());
        at(CaseState.QUALIFIED);
        List<String> bad = Procedure.assessmentProblems(thresholds(policies, clock), command.quantitative(),
                command.democratic(), command.defence(), command.quantitativeWeight(), command.democraticWeight(),
                command.defenceWeight());
        LedgerException.failIfAny(bad.stream().map(field -> FieldProblem.of(field, "ASSESSMENT")).toList());
        apply(new CaseAssessed(caseId, staffId, command.quantitative(), command.democratic(), command.defence(),
                command.quantitativeWeight(), command.democraticWeight(), command.defenceWeight(),
                Procedure.total(command.quantitative(), command.democratic(), command.defence(),
                        command.quantitativeWeight(), command.democraticWeight(), command.defenceWeight()),
                actor.sub()));
    }

    @CommandHandler
    void handle(DecideCase command, MetaData metaData, PublishedPolicies policies, PostGrades grades, Clock clock) {
        Operation.DECIDE_CASE.check(Actor.from(metaData), subject());
        at(CaseState.ASSESSED);
        new Checks().within("members", command.members(), 1, MAX_COMMITTEE)
                .within("present", command.present(), 0, MAX_COMMITTEE)
                .within("inFavour", command.inFavour(), 0, MAX_COMMITTEE).orRefuse();
        Thresholds thresholds = thresholds(policies, clock);
        if (!Procedure.quorate(thresholds, command.members(), command.present())) {
            throw new LedgerException(ErrorCode.QUORUM_NOT_MET, command.present(), command.members(),
                    thresholds.committeeQuorum().toString());
        }
        if (!Procedure.adopted(thresholds, command.present(), command.inFavour())) {
            throw new LedgerException(ErrorCode.MAJORITY_NOT_REACHED, command.inFavour(), command.present(),
                    thresholds.committeeMajority().toString());
        }
        checkDecision(command.outcome(), command.postGrade(), grades);
        apply(new CommitteeDecided(caseId, staffId, command.members(), command.present(), command.inFavour(),
                command.outcome(), command.outcome() == Decision.DISMISS ? null : command.postGrade()));
        if (command.outcome() == Decision.NO_CHANGE) {
            conclude(CaseOutcome.NO_CHANGE, null, LocalDate.now(clock));
        }
    }

    private void checkDecision(Decision outcome, Integer grade, PostGrades grades) {
        if (outcome == null) refuse("outcome", "REQUIRED");
        Set<Decision> fitting = switch (kind) {
            case DOWNGRADE -> Set.of(Decision.DOWNGRADE, Decision.NO_CHANGE);
            case RESTORATION -> Set.of(Decision.RESTORE, Decision.NO_CHANGE);
            case DISMISSAL -> Set.of(Decision.DISMISS, Decision.ADJUST_POST, Decision.NO_CHANGE);
        };
        if (!fitting.contains(outcome)) refuse("outcome", "DECISION_KIND", kind.name());
        if (outcome == Decision.NO_CHANGE || outcome == Decision.DISMISS) return;
        PostGradeBand band = grade == null ? null : grades.bandOf(grade).orElse(null);
        PostGradeBand titleBand = PostGrades.bandOf(rank);
        boolean fits = band != null && switch (outcome) {
            case DOWNGRADE -> band.compareTo(titleBand) > 0;
            case RESTORE -> band == titleBand;
            default -> grades.appointable(rank, grade);
        };
        if (!fits) refuse("postGrade", "GRADE_FOR_DECISION", String.valueOf(grade), outcome.name());
    }

    @CommandHandler
    NoticeStarted handle(StartNotice command, MetaData metaData, PublishedPolicies policies, WorkingCalendar calendar,
                         Clock clock) {
        Operation.START_NOTICE.check(Actor.from(metaData), subject());
        at(CaseState.DECIDED);
        LocalDate today = LocalDate.now(clock);
        if (command.startsOn() == null || command.startsOn().isBefore(today)) refuse("startsOn", "NOT_PAST");
        int days = thresholds(policies, clock).noticeWorkingDays();
        NoticeStarted started = new NoticeStarted(caseId, staffId, command.startsOn(),
                calendar.workingDays().lastOf(command.startsOn(), days), days);
        apply(started);
        return started;
    }

    @CommandHandler
    String handle(RaiseObjection command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Operation.RAISE_OBJECTION.check(actor, subject());
        at(CaseState.NOTICED);
        new Checks().prose("text", command.text()).orRefuse();
        String objectionId = caseId + "-O" + (objections.size() + 1);
        apply(new ObjectionRaised(caseId, staffId, objectionId, command.text().strip(), actor.sub()));
        return objectionId;
    }

    @CommandHandler
    void handle(AnswerObjection command, MetaData metaData) {
        Operation.ANSWER_OBJECTION.check(Actor.from(metaData), subject());
        Boolean answered = objections.get(command.objectionId());
        if (answered == null) throw new LedgerException(ErrorCode.OBJECTION_NOT_FOUND, command.objectionId());
        if (answered) throw new LedgerException(ErrorCode.CASE_STATE, "objection answered", "objection open");
        new Checks().prose("answer", command.answer()).present("upheld", command.upheld()).orRefuse();
        apply(new ObjectionAnswered(caseId, staffId, command.objectionId(), command.answer().strip(),
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
        apply(new NoticeClosed(caseId, staffId, today));
    }

    @CommandHandler
    void handle(ApproveCase command, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        Operation.APPROVE_CASE.check(actor, subject());
        if (actor.sub().equals(proposer) || actor.sub().equals(assessor)) {
            throw new LedgerException(ErrorCode.FOUR_EYES);
        }
        if (state == CaseState.NOTICED && objections.containsValue(false)) {
            throw new LedgerException(ErrorCode.OBJECTIONS_OPEN, "open");
        }
        at(CaseState.NOTICE_CLOSED);
        new Checks().present("approved", command.approved()).optionalProse("notes", command.notes()).orRefuse();
        apply(new CaseApproved(caseId, staffId, command.approved(), note(command.notes()), actor.sub()));
        LocalDate today = LocalDate.now(clock);
        if (!command.approved()) {
            conclude(CaseOutcome.REJECTED, null, today);
        } else if (decision == Decision.DISMISS) {
            conclude(CaseOutcome.DISMISSED, null, today);
        }
    }

    @CommandHandler
    void handle(SignAgreement command, MetaData metaData) {
        Actor actor = Actor.from(metaData);
        Operation.SIGN_AGREEMENT.check(actor, subject());
        at(CaseState.APPROVED);
        if (command.signedOn() == null) refuse("signedOn", "REQUIRED");
        if (command.postGrade() == null || !command.postGrade().equals(decidedPostGrade)) {
            refuse("postGrade", "AS_DECIDED", String.valueOf(decidedPostGrade));
        }
        int months = command.termMonths() == null ? 24 : command.termMonths();
        if (months < 1 || months > 60) refuse("termMonths", "RANGE", 1, 60);
        apply(new AgreementSigned(caseId, staffId, command.signedOn(), command.postGrade(), months));
        conclude(switch (decision) {
            case DOWNGRADE -> CaseOutcome.DOWNGRADED;
            case RESTORE -> CaseOutcome.RESTORED;
            default -> CaseOutcome.POST_ADJUSTED;
        }, command.postGrade(), command.signedOn());
    }

    private void conclude(CaseOutcome outcome, Integer grade, LocalDate effectiveOn) {
        apply(new CaseConcluded(caseId, staffId, kind, outcome, grade, effectiveOn));
    }

    private Subject subject() {
        return Subject.person(staffId.value(), institutionId, departmentId);
    }

    private void at(CaseState expected) {
        if (state != expected) {
            throw new LedgerException(ErrorCode.CASE_STATE, state.name(), expected.name());
        }
    }

    private Thresholds thresholds(PublishedPolicies policies, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return policies.book().inForceOn(today)
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, today.toString())).thresholds();
    }

    private static String note(String notes) {
        return notes == null ? "" : notes.strip();
    }

    private static void refuse(String field, String reason, Object... args) {
        throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of(field, reason, args)));
    }

    @EventSourcingHandler
    void on(CaseStarted event) {
        caseId = event.caseId();
        staffId = event.staffId();
        kind = event.kind();
        institutionId = event.institutionId();
        departmentId = event.departmentId();
        rank = event.rank();
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(CaseProposed event) {
        proposer = event.proposer();
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(QualificationReviewed event) {
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(CaseAssessed event) {
        assessor = event.assessor();
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(CommitteeDecided event) {
        decision = event.outcome();
        decidedPostGrade = event.postGrade();
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(NoticeStarted event) {
        noticeEndsOn = event.endsOn();
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(ObjectionRaised event) {
        objections.put(event.objectionId(), false);
    }

    @EventSourcingHandler
    void on(ObjectionAnswered event) {
        objections.put(event.objectionId(), true);
    }

    @EventSourcingHandler
    void on(NoticeClosed event) {
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(CaseApproved event) {
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        state = CaseStates.after(state, event);
    }

    @EventSourcingHandler
    void on(CaseConcluded event) {
        state = CaseStates.after(state, event);
    }
}
