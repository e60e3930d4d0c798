package cn.nengshang.policy.rules;

import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.golden.GoldenScenarios;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Cele 2026 policy reads whole; a malformed or inconsistent one is refused saying what is wrong. */
class PolicyLoaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = GoldenScenarios.folder().resolveSibling("policy").resolve("cele-2026-v1.json");

    private static String changed(Consumer<ObjectNode> change) throws IOException {
        ObjectNode policy = (ObjectNode) JSON.readTree(SEED.toFile());
        change.accept(policy);
        return JSON.writeValueAsString(policy);
    }

    private static ObjectNode task(ObjectNode policy, String id) {
        for (var task : policy.withArray("tasks")) {
            if (task.path("task").asText().equals(id)) return (ObjectNode) task;
        }
        throw new IllegalArgumentException(id);
    }

    @Test
    void theSeedHoldsEveryTaskOfTheScheme() throws IOException {
        Policy cele = PolicyLoader.read(changed(p -> { }), "cele");
        assertThat(cele.policyId()).isEqualTo("cele-2026-v1");
        assertThat(cele.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(cele.tasks()).extracting(TaskRule::task).containsExactlyInAnyOrderElementsOf(PolicyLoader.SCHEME_TASKS);
        assertThat(cele.thresholds().noticeWorkingDays()).isEqualTo(5);
    }

    @Test
    void anUnknownOrRepeatedTaskIsRefused() throws IOException {
        String unknown = changed(p -> ((ObjectNode) p.withArray("tasks").addObject().setAll(task(p, "B1").deepCopy()))
                .put("task", "B99"));
        assertThatThrownBy(() -> PolicyLoader.read(unknown, "v2")).isInstanceOf(SeedFormatException.class)
                .hasMessageContaining("unknown task B99");
        String twice = changed(p -> p.withArray("tasks").add(task(p, "B1").deepCopy()));
        assertThatThrownBy(() -> PolicyLoader.read(twice, "v2")).hasMessageContaining("task B1 is listed twice");
    }

    @Test
    void aMissingTaskOrTargetIsRefused() throws IOException {
        String missing = changed(p -> {
            ArrayNode tasks = p.withArray("tasks");
            for (int i = 0; i < tasks.size(); i++) {
                if (tasks.get(i).path("task").asText().equals("G3")) tasks.remove(i);
            }
        });
        assertThatThrownBy(() -> PolicyLoader.read(missing, "v2")).hasMessageContaining("task G3 is missing");
        String noTarget = changed(p -> ((ObjectNode) task(p, "B2").withArray("measures").get(0).get("targets"))
                .remove("FULL_SENIOR"));
        assertThatThrownBy(() -> PolicyLoader.read(noTarget, "v2")).hasMessageContaining("B2");
    }

    @Test
    void thresholdsOutOfRangeAreRefused() throws IOException {
        String weight = changed(p -> ((ObjectNode) p.get("thresholds")).put("minimumQuantitativeWeight", 1.5));
        assertThatThrownBy(() -> PolicyLoader.read(weight, "v2"))
                .hasMessageContaining("minimumQuantitativeWeight must be above 0 and at most 1");
        String dueDay = changed(p -> ((ObjectNode) p.get("thresholds")).put("reportDueDay", 31));
        assertThatThrownBy(() -> PolicyLoader.read(dueDay, "v2")).hasMessageContaining("reportDueDay");
    }

    @Test
    void anIndustryLowLevelIsARateInPercent() throws IOException {
        String above = changed(p -> ((ObjectNode) task(p, "Q2").withArray("outcomes").get(0)).put("orAtMost", 101));
        assertThatThrownBy(() -> PolicyLoader.read(above, "v2")).hasMessageContaining("Q2: orAtMost is a rate");
        String ofAScore = changed(p -> ((ObjectNode) task(p, "Q2").withArray("outcomes").get(0))
                .put("measuredBy", "SPECIALTY_SCORE"));
        assertThatThrownBy(() -> PolicyLoader.read(ofAScore, "v2")).hasMessageContaining("Q2: orAtMost is a rate");
    }

    @Test
    void aNameIsTextAndATargetStaysFarFromOverflowing() throws IOException {
        String numberName = changed(p -> ((ObjectNode) task(p, "B1").get("name")).put("en", 42));
        assertThatThrownBy(() -> PolicyLoader.read(numberName, "v2")).isInstanceOf(SeedFormatException.class);
        String hugeTarget = changed(p -> ((ObjectNode) task(p, "B2").withArray("measures").get(0).get("targets"))
                .put("FULL_SENIOR", Integer.MAX_VALUE));
        assertThatThrownBy(() -> PolicyLoader.read(hugeTarget, "v2")).hasMessageContaining("must be from 0 to 100000");
    }
}
