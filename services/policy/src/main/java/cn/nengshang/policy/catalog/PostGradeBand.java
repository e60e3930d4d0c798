package cn.nengshang.policy.catalog;

/** Bands of the professional post grades of public institutions (专业技术岗位等级). */
public enum PostGradeBand {
    FULL_SENIOR,
    ASSOCIATE_SENIOR,
    INTERMEDIATE,
    ASSISTANT,
    JUNIOR
}
