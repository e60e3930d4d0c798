package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.assessment.api.RecordIncident;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Role;
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
import java.util.ArrayList;
import java.util.HashMap;
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
    private int incidents;

    StaffMember() {
    }

    @CommandHandler
    StaffMember(RegisterStaff command, MetaData metaData, SpecialtyCatalogue catalogue,
                OrganisationDirectory organisation) {
        Actor.from(metaData).require(Role.HR_CENTER, Role.ADMIN);
        Checks checks = new Checks().text("name", command.name()).text("titleName", command.titleName())
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
        Actor.from(metaData).require(Role.HR_CENTER, Role.ADMIN);
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
        return new TermOpened(termId, policy.policyId());
    }

    @CommandHandler
    ReportReceipt handle(SubmitMonthlyReport command, MetaData metaData, Clock clock) {
        TermEntries entries = entries(command.termId(), metaData, clock);
        TermEntries.Submission submission = entries.submission(command);
        submission.event().ifPresent(e -> apply(e));
        return submission.receipt();
    }

    @CommandHandler
    void handle(RegisterMentee command, MetaData metaData, Clock clock) {
        apply(entries(command.termId(), metaData, clock).mentee(command));
    }

    @CommandHandler
    void handle(AssessMentee command, MetaData metaData, Clock clock) {
        apply(entries(command.termId(), metaData, clock).assessment(command));
    }

    @CommandHandler
    void handle(ReplaceMentee command, MetaData metaData, Clock clock) {
        apply(entries(command.termId(), metaData, clock).replacement(command));
    }

    @CommandHandler
    String handle(RecordProject command, MetaData metaData, Clock clock) {
        var event = entries(command.termId(), metaData, clock).project(command);
        apply(event);
        return event.projectId();
    }

    @CommandHandler
    String handle(RecordAchievement command, MetaData metaData, Clock clock) {
        var event = entries(command.termId(), metaData, clock).achievement(command);
        apply(event);
        return event.achievementId();
    }

    @CommandHandler
    void handle(ExemptWeek command, MetaData metaData, Clock clock) {
        apply(entries(command.termId(), metaData, clock).exemption(command));
    }

    @CommandHandler
    void handle(RecordQuarterlyVerdict command, MetaData metaData, Clock clock, PublishedPolicies policies,
                ProgressEvaluator evaluator) {
        Actor actor = Actor.from(metaData);
        if (!(actor.has(Role.INSTITUTION) && actor.inInstitution(institutionId))) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        TermRecord term = term(command.termId());
        Policy policy = policies.book().find(term.policyId())
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, term.policyId()));
        apply(new TermEntries(staffId, term, actor, LocalDate.now(clock)).verdict(command, policy, evaluator));
    }

    @CommandHandler
    void handle(RecordAnnualRating command, MetaData metaData, Clock clock) {
        Actor.from(metaData).require(Role.COMMISSION);
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
    }

    @CommandHandler
    String handle(RecordIncident command, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        if (!actor.has(Role.HR_CENTER) && !(actor.has(Role.INSTITUTION) && actor.inInstitution(institutionId))) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        TermEntries.incidentProblems(command, LocalDate.now(clock)).orRefuse();
        String incidentId = staffId.value() + "-I" + (incidents + 1);
        apply(new IncidentRecorded(staffId, incidentId, command.type(), command.occurredOn(), command.grade(),
                command.responsibility(), command.impactUntil(), command.description().strip(), institutionId,
                departmentId));
        return incidentId;
    }

    private TermEntries entries(TermId termId, MetaData metaData, Clock clock) {
        Actor actor = Actor.from(metaData);
        if (!actor.has(Role.HR_CENTER)
                && !(actor.has(Role.DEPARTMENT) && actor.inDepartment(institutionId, departmentId))) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        return new TermEntries(staffId, term(termId), actor, LocalDate.now(clock));
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
        incidents++;
    }
}
