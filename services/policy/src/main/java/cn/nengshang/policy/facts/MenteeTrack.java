package cn.nengshang.policy.facts;

/** A department mentee (科室师带徒, task T1) or a grassroots mentee (基层带徒, task G6). */
public enum MenteeTrack {
    DEPARTMENT,
    GRASSROOTS
}
