package cn.nengshang.policy.promotion;

import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.AnnualRating;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of the promotion rules, in force from a day (seeds 000, 001, 003, 004 as DOMAIN §9 makes them precise).
 *
 * @param routes           the years a title must be held before the next, per education, and by the exceptional route
 * @param uncountedRatings ratings whose years do not count as years in the title
 * @param ratingYears      how many years before the review year must each be rated passing
 * @param examValidYears   how many years, the year of passing included, a practice exam result is valid
 * @param cmeYearsBefore   which year's continuing education counts: this many years before the review year
 * @param vetoes           the veto table, each with its window
 * @param barredStates     appointment states on the last day of the review year that bar an application
 * @param openCaseBars     whether an open down-grading case bars an application
 */
public record PromotionRules(String rulesId, LocalDate effectiveFrom, Text name, List<Route> routes,
                             Set<AnnualRating> uncountedRatings, int ratingYears, int examValidYears,
                             int cmeYearsBefore, List<Veto> vetoes, Set<String> barredStates, boolean openCaseBars) {

    /** From a title to the next: the years held per education; education not named has no ordinary route. */
    public record Route(String from, String to, Map<Education, Integer> years, Integer exceptionalYears) {
    }

    /**
     * A veto: the fact types it reads, the grades, severities and responsibilities it applies to (empty: any), and
     * its window in whole years not counting the review year; {@code whileSanctioned} for the one that lasts as long as
     * the sanction does.
     */
    public record Veto(String veto, Text name, Set<String> types, Set<Integer> grades, Set<String> severities,
                       Set<String> responsibilities, Integer years, boolean whileSanctioned) {

        boolean applies(VetoFact fact) {
            return types.contains(fact.type())
                    && (grades.isEmpty() || fact.grade() != null && grades.contains(fact.grade()))
                    && (severities.isEmpty() || fact.severity() != null && severities.contains(fact.severity()))
                    && (responsibilities.isEmpty() || fact.responsibility() != null
                    && responsibilities.contains(fact.responsibility()));
        }
    }

    public Optional<Route> routeFrom(String title) {
        return routes.stream().filter(r -> r.from().equals(title)).findFirst();
    }
}
