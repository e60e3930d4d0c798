package cn.nengshang.policy.casework;

import cn.nengshang.policy.rules.Thresholds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The numbers of the procedure: the assessment's weights and score, and the committee's vote (DOMAIN §7). */
public final class Procedure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Procedure() {
    }

    /** What is wrong with an assessment: scores outside 0-100, weights not summing to 1, too little quantitative. */
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
            if (weights[i] == null || weights[i].signum() < 0) {
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

    public static boolean quorate(Thresholds thresholds, int members, int present) {
        return present <= members && thresholds.committeeQuorum().reachedBy(present, members);
    }

    public static boolean adopted(Thresholds thresholds, int present, int inFavour) {
        return inFavour <= present && thresholds.committeeMajority().reachedBy(inFavour, present);
    }
}
