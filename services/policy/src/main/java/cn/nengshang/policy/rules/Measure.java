package cn.nengshang.policy.rules;

import cn.nengshang.policy.Rank;

import java.util.Map;

/** One counted quantity of a task and its target per rank. */
public record Measure(Metric metric, Map<Rank, Integer> targets) {

    public Measure {
        targets = Map.copyOf(targets);
    }

    public int target(Rank rank) {
        return targets.get(rank);
    }
}
