package cn.nengshang.policy.rules;

import cn.nengshang.policy.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A version of the scheme's rules, in force for terms that start on or after {@code effectiveFrom}. */
public record Policy(String policyId, Text name, LocalDate effectiveFrom, int termMonths, Thresholds thresholds,
                     List<TaskRule> tasks) {

    /** The longest appointment term a policy or a case may set, in months. */
    public static final int MAX_TERM_MONTHS = 60;

    /** Whether a term's length is one the scheme allows: from 1 month to {@link #MAX_TERM_MONTHS}. */
    public static boolean termLengthAllowed(int months) {
        return months >= 1 && months <= MAX_TERM_MONTHS;
    }

    public Policy {
        tasks = List.copyOf(tasks);
    }

    public Optional<TaskRule> task(String task) {
        return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
    }
}
