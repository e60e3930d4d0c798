package cn.nengshang.policy.promotion;

import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.golden.GoldenScenarios;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The promotion rules are data: a county changes them as a new version; a malformed one is refused, saying why. */
class PromotionLoaderTest {

    private static final Path SEED = GoldenScenarios.folder().resolveSibling("promotion")
            .resolve("cele-promotion-2026-v1.json");

    private static String seed() throws IOException {
        return Files.readString(SEED);
    }

    @Test
    void theSeedReadsAsTheRulesOfDomainNine() throws IOException {
        PromotionRules rules = PromotionLoader.read(seed(), "seed");
        assertThat(rules.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(rules.routeFrom("ASSOCIATE_SENIOR").orElseThrow().years()).containsEntry(Education.BACHELOR, 5)
                .doesNotContainKey(Education.COLLEGE);
        assertThat(rules.routeFrom("INTERMEDIATE").orElseThrow().years()).containsEntry(Education.COLLEGE, 7);
        assertThat(rules.vetoes()).hasSize(11);
        assertThat(rules.barredStates()).containsExactlyInAnyOrder("DOWNGRADED", "DISMISSED");
    }

    @Test
    void aNewVersionTakesEffectOnItsDayAndThePastKeepsItsOwn() throws IOException {
        PromotionRules first = PromotionLoader.read(seed(), "seed");
        PromotionRules later = PromotionLoader.read(seed().replace("\"cele-promotion-2026-v1\"", "\"cele-promotion-2028\"")
                .replace("\"2026-01-01\"", "\"2028-01-01\"").replace("\"examValidYears\": 3", "\"examValidYears\": 2"), "later");
        var versions = java.util.List.of(later, first);
        assertThat(PromotionLoader.inForceOn(versions, LocalDate.of(2027, 6, 1))).contains(first);
        assertThat(PromotionLoader.inForceOn(versions, LocalDate.of(2028, 1, 1))).contains(later);
        assertThat(PromotionLoader.inForceOn(versions, LocalDate.of(2025, 12, 31))).isEmpty();
    }

    @Test
    void aMalformedDocumentIsRefusedWithEveryProblemNamed() throws IOException {
        String broken = seed().replace("\"examValidYears\": 3", "\"examValidYears\": 0")
                .replace("\"types\": [\"EXAM_MISCONDUCT\"], \"years\": 2", "\"types\": [\"EXAM_CHEATING\"], \"years\": 2, \"whileSanctioned\": true")
                .replace("\"barredStates\": [\"DOWNGRADED\", \"DISMISSED\"]", "\"barredStates\": [\"DEMOTED\"]");
        assertThatThrownBy(() -> PromotionLoader.read(broken, "broken.json")).isInstanceOf(SeedFormatException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("examValidYears")
                .hasMessageContaining("vetoes[EXAM_MISCONDUCT]: types of")
                .hasMessageContaining("either a window in years or whileSanctioned")
                .hasMessageContaining("unknown appointment state DEMOTED");
        assertThatThrownBy(() -> PromotionLoader.read(seed().replace("\"ratingYears\"", "\"ratingYearz\""), "typo.json"))
                .isInstanceOf(SeedFormatException.class).hasMessageContaining("unknown field ratingYearz");
        assertThatThrownBy(() -> PromotionLoader.read("", "empty.json")).isInstanceOf(SeedFormatException.class);
    }
}
