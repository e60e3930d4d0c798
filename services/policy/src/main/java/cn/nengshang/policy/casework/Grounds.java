package cn.nengshang.policy.casework;

import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import cn.nengshang.policy.rules.Thresholds;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Which facts are grounds for down-grading (DOMAIN §6), with the policy's thresholds. */
public final class Grounds {

    private Grounds() {
    }

    /**
     * The ground a newly recorded incident gives, counting the incidents of the same type already recorded
     * in the term ({@code earlier}) where the scheme asks for repetition.
     */
    public static Optional<Ground> ofIncident(Thresholds thresholds, Incident incident, List<Incident> earlier,
                                              LocalDate today) {
        long sameBefore = earlier.stream().filter(i -> i.type() == incident.type()).count();
        return switch (incident.type()) {
            case DIRECTIVE_REFUSAL -> sameBefore + 1 >= thresholds.directiveRefusals()
                    ? Optional.of(Ground.DIRECTIVE_REFUSALS) : Optional.empty();
            case CORE_SYSTEM_VIOLATION -> sameBefore + 1 >= thresholds.coreSystemViolations()
                    ? Optional.of(Ground.CORE_SYSTEM_VIOLATIONS) : Optional.empty();
            case MEDICAL_ACCIDENT -> incident.grade() != null && incident.grade() <= thresholds.worstAccidentGradeTriggering()
                    ? Optional.of(Ground.MEDICAL_ACCIDENT) : Optional.empty();
            case MAJOR_MEDICAL_ERROR -> Optional.of(Ground.MEDICAL_ACCIDENT);
            case MEDICAL_DISPUTE -> incident.responsibility() == Responsibility.PRIMARY
                    ? Optional.of(Ground.MEDICAL_ACCIDENT) : Optional.empty();
            case ETHICS_VIOLATION -> incident.impactUntil() != null && !today.isAfter(incident.impactUntil())
                    ? Optional.of(Ground.ETHICS) : Optional.empty();
            case FRAUD -> Optional.of(Ground.FRAUD);
            case LEADERSHIP_DETERMINATION -> Optional.of(Ground.LEADERSHIP);
        };
    }

    /** A rating below competent is a ground (基本合格 or 不合格). */
    public static Optional<Ground> ofRating(AnnualRating rating) {
        return rating.passed() ? Optional.empty() : Optional.of(Ground.ANNUAL_RATING);
    }

    public static boolean counts(IncidentType type) {
        return type == IncidentType.DIRECTIVE_REFUSAL || type == IncidentType.CORE_SYSTEM_VIOLATION;
    }
}
