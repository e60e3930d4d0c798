package cn.nengshang.policy.rules;

/** For a task with several measures: all must meet their expectation, or any one (either-or, as B6). */
public enum Combine {
    ALL,
    ANY
}
