package cn.nengshang.policy.rules;

import cn.nengshang.policy.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A version of the scheme's rules, in force for terms that start on or after {@code effectiveFrom}. */
public record Policy(String policyId, Text name, LocalDate effectiveFrom, int termMonths, Thresholds thresholds,
                     List<TaskRule> tasks) {

    public Policy {
        tasks = List.copyOf(tasks);
    }

    public Optional<TaskRule> task(String task) {
        return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
    }
}
