package cn.nengshang.policy.facts;

public enum ProjectRole {
    HOST,
    PARTICIPANT
}
