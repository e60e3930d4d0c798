package cn.nengshang.policy.progress;

import cn.nengshang.policy.Text;

import java.math.BigDecimal;

/** One task's standing: target, expected by now, actual, status, and how they were counted. */
public record TaskProgress(String task, Text name, BigDecimal target, BigDecimal expected, BigDecimal actual,
                           Status status, Explanation explanation) {

    /** Met or on track: what a quarterly check passes. */
    public boolean passing() {
        return status == Status.MET || status == Status.ON_TRACK || status == Status.NOT_APPLICABLE;
    }
}
