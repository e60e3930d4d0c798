package cn.nengshang.policy.casework;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.catalog.PostGradeBand;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.golden.GoldenScenarios;
import cn.nengshang.policy.rules.PolicyLoader;
import cn.nengshang.policy.rules.Thresholds;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The comprehensive assessment and the committee vote (DOMAIN §7), with the Cele 2026 thresholds. */
class ProcedureTest {

    private final Thresholds cele = PolicyLoader.loadFolder(GoldenScenarios.folder().resolveSibling("policy"))
            .find("cele-2026-v1").orElseThrow().thresholds();

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void scoresLieBetweenZeroAndAHundredAndWeightsSumToOneWithSeventyPercentQuantitative() {
        assertThat(Procedure.assessmentProblems(cele, n("60"), n("70"), n("65"), n("0.7"), n("0.2"), n("0.1")))
                .isEmpty();
        assertThat(Procedure.assessmentProblems(cele, n("101"), n("-1"), n("65"), n("0.7"), n("0.2"), n("0.1")))
                .containsExactly("quantitative", "democratic");
        assertThat(Procedure.assessmentProblems(cele, n("60"), n("70"), n("65"), n("0.6"), n("0.3"), n("0.1")))
                .containsExactly("weights.quantitative");
        assertThat(Procedure.assessmentProblems(cele, n("60"), n("70"), n("65"), n("0.7"), n("0.2"), n("0.2")))
                .containsExactly("weights");
        assertThat(Procedure.assessmentProblems(cele, n("60"), n("70"), n("65"), n("1"), n("0"), n("0")))
                .as("the democratic evaluation and the defence each count").containsExactly("weights.democratic",
                        "weights.defence");
    }

    @Test
    void aDowngradeAndAnAdjustedPostGoBelowTheTitlesBandARestorationBackIntoIt() {
        PostGrades grades = new PostGrades(Map.of(4, PostGradeBand.FULL_SENIOR, 6, PostGradeBand.ASSOCIATE_SENIOR,
                8, PostGradeBand.INTERMEDIATE));
        for (Decision down : List.of(Decision.DOWNGRADE, Decision.ADJUST_POST)) {
            assertThat(Procedure.gradeFits(down, 8, Rank.ASSOCIATE_SENIOR, grades)).as(down + " to 8").isTrue();
            assertThat(Procedure.gradeFits(down, 6, Rank.ASSOCIATE_SENIOR, grades)).as(down + " to 6").isFalse();
            assertThat(Procedure.gradeFits(down, 4, Rank.ASSOCIATE_SENIOR, grades)).as(down + " to 4").isFalse();
        }
        assertThat(Procedure.gradeFits(Decision.RESTORE, 6, Rank.ASSOCIATE_SENIOR, grades)).isTrue();
        assertThat(Procedure.gradeFits(Decision.RESTORE, 8, Rank.ASSOCIATE_SENIOR, grades)).isFalse();
        assertThat(Procedure.gradeFits(Decision.RESTORE, 99, Rank.ASSOCIATE_SENIOR, grades)).as("no such grade")
                .isFalse();
        assertThat(Procedure.gradeFits(Decision.DISMISS, 8, Rank.ASSOCIATE_SENIOR, grades)).isFalse();
    }

    @Test
    void theTotalIsTheWeightedSum() {
        assertThat(Procedure.total(n("60"), n("70"), n("65"), n("0.7"), n("0.2"), n("0.1"))).isEqualByComparingTo("62.50");
    }

    @Test
    void twoThirdsOfTheMembersMustAttendAndTwoThirdsOfThosePresentAgree() {
        assertThat(Procedure.quorate(cele, 9, 6)).isTrue();
        assertThat(Procedure.quorate(cele, 9, 5)).isFalse();
        assertThat(Procedure.adopted(cele, 9, 6)).isTrue();
        assertThat(Procedure.adopted(cele, 9, 5)).isFalse();
    }
}
