package cn.nengshang.policy.casework;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.catalog.PostGradeBand;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.rules.Thresholds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The numbers of the procedure: the assessment's weights and score, and the committee's vote (DOMAIN §7). */
public final class Procedure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Procedure() {
    }

    /**
     * What is wrong with an assessment: scores outside 0-100, a weight not above 0 (each part counts), weights not
     * summing to 1, too little quantitative.
     */
    public static List<String> assessmentProblems(Thresholds thresholds, BigDecimal quantitative,
                                                  BigDecimal democratic, BigDecimal defence, BigDecimal wq,
                                                  BigDecimal wd, BigDecimal wf) {
        List<String> problems = new ArrayList<>();
        String[] names = {"quantitative", "democratic", "defence"};
        BigDecimal[] scores = {quantitative, democratic, defence};
        for (int i = 0; i < 3; i++) {
            if (scores[i] == null || scores[i].signum() < 0 || scores[i].compareTo(HUNDRED) > 0) {
                problems.add(names[i]);
            }
        }
        BigDecimal[] weights = {wq, wd, wf};
        for (int i = 0; i < 3; i++) {
            if (weights[i] == null || weights[i].signum() <= 0) {
                problems.add("weights." + names[i]);
            }
        }
        if (problems.stream().noneMatch(p -> p.startsWith("weights."))) {
            if (wq.add(wd).add(wf).compareTo(BigDecimal.ONE) != 0) problems.add("weights");
            if (wq.compareTo(thresholds.minimumQuantitativeWeight()) < 0) problems.add("weights.quantitative");
        }
        return problems;
    }

    public static BigDecimal total(BigDecimal quantitative, BigDecimal democratic, BigDecimal defence,
                                   BigDecimal wq, BigDecimal wd, BigDecimal wf) {
        return quantitative.multiply(wq).add(democratic.multiply(wd)).add(defence.multiply(wf))
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether enough members attend; the numbers hold together (present ≤ members), checked at the edge. */
    public static boolean quorate(Thresholds thresholds, int members, int present) {
        return thresholds.committeeQuorum().reachedBy(present, members);
    }

    /** The decisions a committee may take on a case of this kind: its own outcome, or no change. */
    public static Set<Decision> decisionsFor(CaseKind kind) {
        return switch (kind) {
            case DOWNGRADE -> Set.of(Decision.DOWNGRADE, Decision.NO_CHANGE);
            case RESTORATION -> Set.of(Decision.RESTORE, Decision.NO_CHANGE);
            case DISMISSAL -> Set.of(Decision.DISMISS, Decision.ADJUST_POST, Decision.NO_CHANGE);
        };
    }

    /** Whether a decision names a post grade at all: dismissal and no change do not. */
    public static boolean takesGrade(Decision decision) {
        return decision != Decision.NO_CHANGE && decision != Decision.DISMISS;
    }

    /**
     * Whether a post grade fits a decision for a person of this rank: a down-grade, and an adjusted post (调整岗位,
     * decided for a down-graded person who failed again), go below the title's band; a restoration back into it.
     */
    public static boolean gradeFits(Decision decision, Integer grade, Rank rank, PostGrades grades) {
        PostGradeBand band = grade == null ? null : grades.bandOf(grade).orElse(null);
        if (band == null) return false;
        return switch (decision) {
            case DOWNGRADE, ADJUST_POST -> band.compareTo(PostGrades.bandOf(rank)) > 0;
            case RESTORE -> band == PostGrades.bandOf(rank);
            case DISMISS, NO_CHANGE -> false; // no post grade is decided
        };
    }

    /** Whether enough of those present agree; the numbers hold together (in favour ≤ present), checked at the edge. */
    public static boolean adopted(Thresholds thresholds, int present, int inFavour) {
        return thresholds.committeeMajority().reachedBy(inFavour, present);
    }
}
