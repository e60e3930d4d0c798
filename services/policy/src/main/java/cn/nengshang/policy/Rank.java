package cn.nengshang.policy;

/** The senior title a person holds: 副高 (associate senior) or 正高 (full senior). */
public enum Rank {
    ASSOCIATE_SENIOR,
    FULL_SENIOR
}
