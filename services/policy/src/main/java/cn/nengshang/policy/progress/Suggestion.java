package cn.nengshang.policy.progress;

import java.util.List;

/** The suggested quarterly verdict and the stage tasks it rests on, under a named policy version. */
public record Suggestion(String policyId, int termMonth, Verdict verdict, List<TaskProgress> tasks) {

    public Suggestion {
        tasks = List.copyOf(tasks);
    }

    public enum Verdict {
        PASS,
        FAIL
    }
}
