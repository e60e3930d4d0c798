package cn.nengshang.policy.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A term's standing on a day: the number of ended term-months and every task of the policy. */
public record Progress(String policyId, LocalDate asOf, int termMonth, List<TaskProgress> tasks) {

    public Progress {
        tasks = List.copyOf(tasks);
    }

    /** Every applicable task met: the term's results that re-appoint a person in the title's band (DOMAIN §8). */
    public boolean allMet() {
        return tasks.stream().allMatch(t -> t.status() == Status.MET || t.status() == Status.NOT_APPLICABLE);
    }

    public Optional<TaskProgress> task(String task) {
        return tasks.stream().filter(t -> t.task().equals(task)).findFirst();
    }
}
