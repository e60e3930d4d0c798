package cn.nengshang.ledger.term.command;

import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.DomainRange;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.term.api.StartTerm;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.Policy;

import java.time.YearMonth;
import java.util.List;

/**
 * How a term starts (聘期): at a post grade the title may hold, for the policy's months unless given (1 to
 * {@link Policy#MAX_TERM_MONTHS}), bound to the policy in force in its first month, never overlapping another.
 */
public final class TermStart {

    private TermStart() {
    }

    /** The person a term starts for, as their record holds them. */
    public record Holder(StaffId staffId, Rank rank, Profession profession, boolean surgical, List<Term> terms) {
    }

    public static TermStarted of(StartTerm command, Holder holder, PublishedPolicies policies, PostGrades grades) {
        Checks checks = new Checks().present("startMonth", command.startMonth());
        if (command.months() != null && !Policy.termLengthAllowed(command.months())) {
            checks.add(FieldProblem.of("months", "RANGE", 1, Policy.MAX_TERM_MONTHS));
        }
        if (command.postGrade() == null) {
            checks.add(FieldProblem.of("postGrade", "REQUIRED"));
        } else if (!grades.appointable(holder.rank(), command.postGrade())) {
            checks.add(FieldProblem.of("postGrade", "NOT_APPOINTABLE", command.postGrade()));
        }
        Baselines baselines = command.baselines() == null ? Baselines.NONE : command.baselines();
        checks.addAll(baselineProblems(baselines)).orRefuse();
        Policy policy = policies.inForceOn(command.startMonth().atDay(1));
        int months = command.months() == null ? policy.termMonths() : command.months();
        if (holder.terms().stream().anyMatch(t -> overlaps(t.record().calendar(), command.startMonth(), months))) {
            throw new LedgerException(ErrorCode.TERM_OVERLAPS);
        }
        return new TermStarted(holder.staffId(), new TermId(holder.staffId(), holder.terms().size() + 1),
                policy.policyId(), command.startMonth(), months, command.postGrade(), holder.rank(),
                holder.profession().family(), holder.surgical(), baselines);
    }

    private static List<FieldProblem> baselineProblems(Baselines baselines) {
        Checks checks = new Checks();
        if (baselines.specialtyScore() != null) {
            checks.number("baselines.specialtyScore", baselines.specialtyScore(), DomainRange.MAX_SCORE);
        }
        if (baselines.qcPassRate() != null) checks.number("baselines.qcPassRate", baselines.qcPassRate(), DomainRange.PERCENT);
        if (baselines.indicatorRate() != null) {
            checks.number("baselines.indicatorRate", baselines.indicatorRate(), DomainRange.PERCENT);
        }
        if (baselines.disputeRate() != null) checks.number("baselines.disputeRate", baselines.disputeRate(), DomainRange.PERCENT);
        return checks.problems();
    }

    private static boolean overlaps(TermCalendar existing, YearMonth start, int months) {
        YearMonth end = start.plusMonths(months - 1L);
        return !end.isBefore(existing.startMonth()) && !start.isAfter(existing.endMonth());
    }
}
