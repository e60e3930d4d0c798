package cn.nengshang.policy.casework;

import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.Thresholds;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Which facts are grounds for down-grading (DOMAIN §6), with the policy's thresholds. */
public final class Grounds {

    private Grounds() {
    }

    /**
     * The ground a newly recorded incident gives, counting the incidents of the same type already recorded
     * in the term ({@code earlier}) where the scheme asks for repetition. Only an incident that occurred inside
     * the current term counts (聘期内, DOMAIN §8); an ethics violation only inside its impact period.
     */
    public static Optional<Ground> ofIncident(Thresholds thresholds, Incident incident, List<Incident> earlier,
                                              TermCalendar currentTerm, LocalDate today) {
        if (currentTerm == null || !currentTerm.contains(YearMonth.from(incident.occurredOn()))) {
            return Optional.empty();
        }
        long sameBefore = earlier.stream().filter(i -> i.type() == incident.type()).count();
        return switch (incident.type()) {
            case DIRECTIVE_REFUSAL -> sameBefore + 1 >= thresholds.directiveRefusals()
                    ? Optional.of(Ground.DIRECTIVE_REFUSALS) : Optional.empty();
            case CORE_SYSTEM_VIOLATION -> sameBefore + 1 >= thresholds.coreSystemViolations()
                    ? Optional.of(Ground.CORE_SYSTEM_VIOLATIONS) : Optional.empty();
            case MEDICAL_ACCIDENT -> incident.grade() != null && incident.grade() <= thresholds.worstAccidentGradeTriggering()
                    ? Optional.of(Ground.MEDICAL_ACCIDENT) : Optional.empty();
            case MAJOR_MEDICAL_ERROR -> Optional.of(Ground.MEDICAL_ACCIDENT);
            case MEDICAL_DISPUTE -> incident.responsibility() != null && incident.responsibility().major()
                    ? Optional.of(Ground.MEDICAL_ACCIDENT) : Optional.empty();
            case ETHICS_VIOLATION -> incident.impactUntil() != null && !today.isAfter(incident.impactUntil())
                    && !today.isBefore(incident.occurredOn())
                    ? Optional.of(Ground.ETHICS) : Optional.empty();
            case FRAUD -> Optional.of(Ground.FRAUD);
            case LEADERSHIP_DETERMINATION -> Optional.of(Ground.LEADERSHIP);
            // the title rules' vetoes (DOMAIN §9): they bar an application for a while, the scheme opens no case on them
            case MEDICAL_DAMAGE, FALSE_APPLICATION, SANCTION, RED_ENVELOPE_SOLICITED, RED_ENVELOPE_ACCEPTED,
                 APPLICATION_CONCEALMENT, EXAM_MISCONDUCT, REVIEW_RULE_BREACH -> Optional.empty();
        };
    }

    /**
     * Two FAILs in a row are a ground (DOMAIN §6); a single one starts a rectification, down-graded or not (§8).
     * While down-graded, the pair counts when both quarters ended after the down-grade took effect: a FAIL from
     * before it is part of what the down-grade answered.
     */
    public static Optional<Ground> ofFailedQuarter(Quarter previousFailed, LocalDate downgradedOn) {
        boolean counts = previousFailed != null
                && (downgradedOn == null || previousFailed.lastDay().isAfter(downgradedOn));
        return counts ? Optional.of(Ground.CONSECUTIVE_QUARTER_FAILS) : Optional.empty();
    }

    /**
     * A rating below competent (基本合格 or 不合格) is a ground when the rated year overlaps a term of the record
     * (a year is rated once over, often after the next term began; a year before the scheme is no ground) and,
     * while down-graded, ended after the down-grade took effect: a year before it is part of what the down-grade
     * answered.
     */
    public static Optional<Ground> ofRating(AnnualRating rating, int year, List<TermCalendar> terms,
                                            LocalDate downgradedOn) {
        boolean counts = !rating.passed() && terms.stream().anyMatch(term -> overlaps(term, year))
                && endsAfter(year, downgradedOn);
        return counts ? Optional.of(Ground.ANNUAL_RATING) : Optional.empty();
    }

    private static boolean overlaps(TermCalendar term, int year) {
        return !term.startMonth().isAfter(YearMonth.of(year, 12)) && !term.endMonth().isBefore(YearMonth.of(year, 1));
    }

    /** Whether the year ended after the day (a down-grade's), or there is no such day. */
    public static boolean endsAfter(int year, LocalDate day) {
        return day == null || LocalDate.of(year, 12, 31).isAfter(day);
    }

    /**
     * The kind of case a ground opens when none is open: restoration for an eligible person; dismissal (or post
     * adjustment) when a down-graded person fails the assessment again (DOMAIN §8); otherwise down-grading.
     */
    public static CaseKind caseFor(Ground ground, boolean downgraded) {
        if (ground == Ground.RESTORATION_ELIGIBLE) return CaseKind.RESTORATION;
        return downgraded && failsTheAssessment(ground) ? CaseKind.DISMISSAL : CaseKind.DOWNGRADE;
    }

    private static boolean failsTheAssessment(Ground ground) {
        return ground == Ground.FAILED_WHILE_DOWNGRADED || ground == Ground.RECTIFICATION_FAILED
                || ground == Ground.CONSECUTIVE_QUARTER_FAILS || ground == Ground.ANNUAL_RATING
                || ground == Ground.TERM_TASKS_UNMET;
    }

    public static boolean counts(IncidentType type) {
        return type == IncidentType.DIRECTIVE_REFUSAL || type == IncidentType.CORE_SYSTEM_VIOLATION;
    }
}
