package cn.nengshang.policy.casework;

import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.progress.Quarter;

import java.time.LocalDate;
import java.util.Map;

/**
 * Restoration (DOMAIN §8): a down-graded person who passes the assessment — rated competent or better for a
 * year that ended after the down-grade took effect, no quarterly FAIL after it — and completes the tasks of the
 * post held (the current quarter's suggestion is PASS) may be restored to the title's band.
 */
public final class Restoration {

    private Restoration() {
    }

    /**
     * @param failedQuarters every recorded quarterly verdict, by quarter, true where it was FAIL
     */
    public static boolean eligible(AnnualRating rating, int year, LocalDate downgradedOn,
                                   Map<Quarter, Boolean> failedQuarters, boolean currentTasksComplete) {
        if (!rating.passed() || downgradedOn == null || !Grounds.endsAfter(year, downgradedOn)) {
            return false;
        }
        boolean failedSince = failedQuarters.entrySet().stream()
                .anyMatch(q -> q.getValue() && q.getKey().lastDay().isAfter(downgradedOn));
        return !failedSince && currentTasksComplete;
    }
}
