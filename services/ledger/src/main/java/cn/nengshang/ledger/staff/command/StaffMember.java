package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.organisation.OrganisationDirectory;
import cn.nengshang.ledger.staff.api.Baselines;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.staff.api.StartTerm;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.staff.api.TermOpened;
import cn.nengshang.ledger.staff.api.TermStarted;
import cn.nengshang.ledger.term.api.MonthlyReportCorrected;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyBook;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A senior's record: who they are, their appointment terms and each term's monthly reports. Guards
 * first, then events; state changes only in the event sourcing handlers.
 */
@Aggregate
class StaffMember {

    static final int DEFAULT_TERM_MONTHS = 24;
    private static final int MAX_TEXT = 200;

    @AggregateIdentifier
    private StaffId staffId;
    private Rank rank;
    private String institutionId;
    private String departmentId;
    private final List<Term> terms = new ArrayList<>();

    StaffMember() {
    }

    @CommandHandler
    StaffMember(RegisterStaff command, MetaData metaData, SpecialtyCatalogue catalogue,
                OrganisationDirectory organisation) {
        Actor.from(metaData).require(Role.HR_CENTER, Role.ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", command.name());
        text(problems, "titleName", command.titleName());
        if (command.rank() == null) problems.add(FieldProblem.of("rank", "REQUIRED"));
        if (command.profession() == null) problems.add(FieldProblem.of("profession", "REQUIRED"));
        if (catalogue.find(command.specialtyCode()).isEmpty()) {
            problems.add(FieldProblem.of("specialtyCode", "UNKNOWN_SPECIALTY", String.valueOf(command.specialtyCode())));
        }
        if (!organisation.hasDepartment(command.institutionId(), command.departmentId())) {
            problems.add(FieldProblem.of("departmentId", "UNKNOWN_DEPARTMENT"));
        }
        LedgerException.failIfAny(problems);
        apply(new StaffRegistered(command.staffId(), command.name().strip(), command.institutionId(),
                command.departmentId(), command.rank(), command.titleName().strip(), command.profession(),
                command.specialtyCode()));
    }

    @CommandHandler
    TermOpened handle(StartTerm command, MetaData metaData, PolicyBook policies, PostGrades grades) {
        Actor.from(metaData).require(Role.HR_CENTER, Role.ADMIN);
        int months = command.months() == null ? DEFAULT_TERM_MONTHS : command.months();
        Baselines baselines = command.baselines() == null ? Baselines.NONE : command.baselines();
        List<FieldProblem> problems = new ArrayList<>(baselines.problems());
        if (command.startMonth() == null) problems.add(FieldProblem.of("startMonth", "REQUIRED"));
        if (months < 1 || months > 60) problems.add(FieldProblem.of("months", "RANGE", 1, 60));
        if (command.postGrade() == null) {
            problems.add(FieldProblem.of("postGrade", "REQUIRED"));
        } else if (!grades.appointable(rank, command.postGrade())) {
            problems.add(FieldProblem.of("postGrade", "NOT_APPOINTABLE", command.postGrade()));
        }
        LedgerException.failIfAny(problems);
        if (terms.stream().anyMatch(t -> t.overlaps(command.startMonth(), months))) {
            throw new LedgerException(ErrorCode.TERM_OVERLAPS);
        }
        Policy policy = policies.inForceOn(command.startMonth().atDay(1))
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, command.startMonth().toString()));
        TermId termId = new TermId(staffId, terms.size() + 1);
        apply(new TermStarted(staffId, termId, policy.policyId(), command.startMonth(), months,
                command.postGrade(), baselines));
        return new TermOpened(termId, policy.policyId());
    }

    @CommandHandler
    ReportReceipt handle(SubmitMonthlyReport command, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        if (!actor.has(Role.HR_CENTER)
                && !(actor.has(Role.DEPARTMENT) && actor.inDepartment(institutionId, departmentId))) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        if (command.month() == null || command.report() == null) {
            throw new LedgerException(ErrorCode.MALFORMED_REQUEST);
        }
        Term term = term(command.termId());
        term.requireOpenMonth(command.month(), YearMonth.now(clock));
        LedgerException.failIfAny(command.report().problems(command.month()));
        Term.Logged logged = term.report(command.month());
        int version = logged == null ? 0 : logged.version();
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw new LedgerException(ErrorCode.PRECONDITION_FAILED, version);
        }
        if (logged == null) {
            apply(new MonthlyReportSubmitted(staffId, term.termId(), command.month(), command.report()));
            return new ReportReceipt(ReportReceipt.Outcome.CREATED, 1);
        }
        if (logged.report().equals(command.report())) {
            return new ReportReceipt(ReportReceipt.Outcome.UNCHANGED, version);
        }
        String reason = command.correctionReason() == null ? "" : command.correctionReason().strip();
        if (reason.isEmpty()) {
            throw new LedgerException(ErrorCode.CORRECTION_REASON_REQUIRED, command.month().toString());
        }
        if (reason.length() > MAX_TEXT) {
            LedgerException.failIfAny(List.of(FieldProblem.of("correctionReason", "TOO_LONG", MAX_TEXT)));
        }
        apply(new MonthlyReportCorrected(staffId, term.termId(), command.month(), command.report(), reason));
        return new ReportReceipt(ReportReceipt.Outcome.CORRECTED, version + 1);
    }

    private Term term(TermId termId) {
        return terms.stream().filter(t -> t.termId().equals(termId)).findFirst()
                .orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
    }

    private static void text(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (value.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, "TOO_LONG", MAX_TEXT));
        }
    }

    @EventSourcingHandler
    void on(StaffRegistered event) {
        staffId = event.staffId();
        rank = event.rank();
        institutionId = event.institutionId();
        departmentId = event.departmentId();
    }

    @EventSourcingHandler
    void on(TermStarted event) {
        terms.add(new Term(event.termId(), event.startMonth(), event.months()));
    }

    @EventSourcingHandler
    void on(MonthlyReportSubmitted event) {
        term(event.termId()).log(event.month(), event.report());
    }

    @EventSourcingHandler
    void on(MonthlyReportCorrected event) {
        term(event.termId()).log(event.month(), event.report());
    }
}
