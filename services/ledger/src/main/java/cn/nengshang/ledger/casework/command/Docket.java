package cn.nengshang.ledger.casework.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.GroundFound;
import cn.nengshang.ledger.casework.api.OpenCase;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.Grounds;
import cn.nengshang.ledger.common.BusinessTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.ForwardMatchingInstances;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's cases (案卷): every ground the record finds opens a case, or joins the one that is open, so that
 * a person never has two open cases; each case file runs the procedure.
 */
public class Docket {

    @AggregateMember(eventForwardingMode = ForwardMatchingInstances.class)
    private final List<CaseFile> cases = new ArrayList<>();
    private final CaseFile.Person person;
    private CaseId openCaseId;

    public Docket(CaseFile.Person person) {
        this.person = person;
    }

    /** What a snapshot of the person's record keeps of their cases. */
    public record State(List<CaseFile.State> cases, CaseId openCaseId) {
    }

    public State snapshot() {
        return new State(cases.stream().map(CaseFile::snapshot).toList(), openCaseId);
    }

    /** The cases as a snapshot left them, in the person's record. */
    public static Docket restore(State state, CaseFile.Person person) {
        Docket docket = new Docket(person);
        state.cases().forEach(c -> docket.cases.add(CaseFile.restore(c, person)));
        docket.openCaseId = state.openCaseId();
        return docket;
    }

    public CaseId openCaseId() {
        return openCaseId;
    }

    /** A ground of the scheme under a term's policy: a new case when none is open, else one more ground of it. */
    public void found(Ground ground, String source, String policyId) {
        if (person.appointmentState() == AppointmentState.DISMISSED) {
            return;
        }
        if (openCaseId != null) {
            if (ground != Ground.RESTORATION_ELIGIBLE) {
                apply(new GroundFound(person.staffId(), openCaseId, ground, source));
            }
            return;
        }
        open(Grounds.caseFor(ground, person.appointmentState() == AppointmentState.DOWNGRADED), ground, source, null,
                policyId);
    }

    /** HR centre: a case by hand, on the grounds given (MANUAL when none is). */
    @CommandHandler
    CaseId handle(OpenCase command, MetaData metaData, Clock clock) {
        Operation.OPEN_CASE.check(Actor.from(metaData), person.subject());
        new Checks().present("kind", command.kind()).optionalProse("notes", command.notes()).orRefuse();
        List<Ground> grounds = command.grounds() == null || command.grounds().isEmpty()
                ? List.of(Ground.MANUAL) : command.grounds();
        if (grounds.stream().anyMatch(Objects::isNull) || grounds.stream().distinct().count() < grounds.size()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("grounds", "INVALID")));
        }
        if (openCaseId != null) {
            throw new LedgerException(ErrorCode.CASE_ALREADY_OPEN, openCaseId.toString());
        }
        if (person.appointmentState() == AppointmentState.DISMISSED) {
            throw new LedgerException(ErrorCode.PERSON_DISMISSED, person.staffId().value());
        }
        String notes = Checks.kept(command.notes()) == null ? "" : Checks.kept(command.notes());
        CaseId caseId = open(command.kind(), grounds.get(0), "opened by hand: " + notes, notes,
                person.currentPolicyId(LocalDate.now(clock)));
        grounds.stream().skip(1).forEach(g -> apply(new GroundFound(person.staffId(), caseId, g, "opened by hand")));
        return caseId;
    }

    private CaseId open(CaseKind kind, Ground ground, String source, String notes, String policyId) {
        CaseId caseId = new CaseId(person.staffId(), cases.size() + 1);
        apply(new CaseOpened(person.staffId(), caseId, kind, ground, source, person.subject().institutionId(),
                person.subject().departmentId(), person.rank(), person.postGrade(), notes, policyId));
        if (kind != CaseKind.RESTORATION) {
            person.moveTo(AppointmentState.UNDER_REVIEW, "case " + caseId + " opened");
        }
        return caseId;
    }

    @EventSourcingHandler
    void on(CaseOpened event, @Timestamp Instant at) {
        cases.add(new CaseFile(event, LocalDate.ofInstant(at, BusinessTime.ZONE), person));
        openCaseId = event.caseId();
    }

    @EventSourcingHandler
    void on(CaseConcluded event) {
        if (event.caseId().equals(openCaseId)) {
            openCaseId = null;
        }
    }
}
