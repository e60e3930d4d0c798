package cn.nengshang.policy.progress;

import cn.nengshang.policy.Text;

/** One task's standing: target, expected by now, actual, status, and how they were counted. */
public record TaskProgress(String task, Text name, int target, int expected, int actual, Status status,
                           Text explanation) {
}
