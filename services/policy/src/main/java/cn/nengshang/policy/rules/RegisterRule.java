package cn.nengshang.policy.rules;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.facts.MenteeTrack;

import java.util.Map;

/** How many mentees of a track must be registered, by the end of which term-month (DOMAIN §4: first quarter). */
public record RegisterRule(MenteeTrack track, Map<Rank, Integer> targets, int dueByTermMonth) {

    public RegisterRule {
        targets = Map.copyOf(targets);
    }
}
