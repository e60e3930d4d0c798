package cn.nengshang.policy.rules;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.MenteeTrack;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What an outcome task asks for, judged from the registers (DOMAIN §3, the outcome and improvement tasks). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "rule")
@JsonSubTypes({
        @JsonSubTypes.Type(value = OutcomeRule.AchievementAtLevel.class, name = "ACHIEVEMENT_AT_LEVEL"),
        @JsonSubTypes.Type(value = OutcomeRule.Improvement.class, name = "IMPROVEMENT"),
        @JsonSubTypes.Type(value = OutcomeRule.AchievementsPresent.class, name = "ACHIEVEMENTS_PRESENT"),
        @JsonSubTypes.Type(value = OutcomeRule.WorkloadAbove.class, name = "WORKLOAD_ABOVE"),
        @JsonSubTypes.Type(value = OutcomeRule.MenteeImprovement.class, name = "MENTEE_IMPROVEMENT"),
        @JsonSubTypes.Type(value = OutcomeRule.NoIncident.class, name = "NO_INCIDENT")
})
public sealed interface OutcomeRule {

    /** What is missing or inconsistent in the rule, named for the task. */
    List<String> problems(String task);

    /** An achievement of a kind at or above a level that depends on rank (D1: designated key specialty). */
    record AchievementAtLevel(AchievementKind kind, Map<Rank, Level> levels) implements OutcomeRule {
        @Override
        public List<String> problems(String task) {
            List<String> problems = new ArrayList<>();
            if (kind == null || !kind.needsLevel()) problems.add(task + ": " + kind + " has no level");
            for (Rank rank : Rank.values()) {
                if (levels == null || levels.get(rank) == null) problems.add(task + ": no level for " + rank);
            }
            return problems;
        }
    }

    /**
     * The latest value of a measured achievement against a baseline: a relative change in percent or a
     * change in percentage points, up or down by at least {@code threshold}; {@code orAtMost} also meets
     * it when the value is that low (Q2's industry-low level).
     */
    record Improvement(AchievementKind measuredBy, Baselines.Figure baseline, Change change, Direction direction,
                       BigDecimal threshold, BigDecimal orAtMost) implements OutcomeRule {

        public enum Change {
            RELATIVE,
            POINTS
        }

        public enum Direction {
            UP,
            DOWN
        }

        @Override
        public List<String> problems(String task) {
            List<String> problems = new ArrayList<>();
            if (measuredBy == null || !measuredBy.needsValue()) problems.add(task + ": " + measuredBy + " has no value");
            if (baseline == null) problems.add(task + ": no baseline");
            if (change == null) problems.add(task + ": no change (RELATIVE or POINTS)");
            if (direction == null) problems.add(task + ": no direction (UP or DOWN)");
            if (threshold == null || threshold.signum() < 0) problems.add(task + ": threshold missing or negative");
            if (orAtMost != null && (measuredBy == null || !measuredBy.isRate() || orAtMost.signum() < 0
                    || orAtMost.compareTo(BigDecimal.valueOf(100)) > 0)) {
                problems.add(task + ": orAtMost is a rate in percent, 0-100, of a rate measured");
            }
            return problems;
        }
    }

    /** Each of these achievements recorded at least once (G1: township key specialty and studio). */
    record AchievementsPresent(List<AchievementKind> kinds) implements OutcomeRule {
        @Override
        public List<String> problems(String task) {
            return kinds == null || kinds.isEmpty() ? List.of(task + ": no achievement kinds") : List.of();
        }
    }

    /** Core workload over the term at least this percentage of the department's same-post average (B8). */
    record WorkloadAbove(BigDecimal percent) implements OutcomeRule {
        @Override
        public List<String> problems(String task) {
            return percent == null || percent.signum() <= 0 ? List.of(task + ": no percentage") : List.of();
        }
    }

    /** Every active mentee of the track improved their capability score by this relative percentage. */
    record MenteeImprovement(MenteeTrack track, BigDecimal relativePercent) implements OutcomeRule {
        @Override
        public List<String> problems(String task) {
            List<String> problems = new ArrayList<>();
            if (track == null) problems.add(task + ": no mentee track");
            if (relativePercent == null || relativePercent.signum() < 0) problems.add(task + ": no percentage");
            return problems;
        }
    }

    /** No incident of these types in the person's department during the term (Q1). */
    record NoIncident(Set<IncidentType> types) implements OutcomeRule {
        @Override
        public List<String> problems(String task) {
            return types == null || types.isEmpty() ? List.of(task + ": no incident types") : List.of();
        }
    }
}
