package cn.nengshang.policy.rules;

import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.Text;

import java.util.List;
import java.util.Set;

/** One mandatory task (必尽任务) of the policy: which families carry it, what it counts, how it is read. */
public record TaskRule(
        String task,
        Text name,
        TaskKind kind,
        Set<TaskFamily> families,
        boolean surgicalOnly,
        Combine combine,
        Reading reading,
        List<Measure> measures,
        boolean dueAtEnd,
        RegisterRule register,
        List<OutcomeRule> outcomes) {

    public TaskRule {
        families = Set.copyOf(families);
        measures = List.copyOf(measures);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }

    /** A task with counted measures only. */
    public TaskRule(String task, Text name, TaskKind kind, Set<TaskFamily> families, boolean surgicalOnly,
                    Combine combine, Reading reading, List<Measure> measures) {
        this(task, name, kind, families, surgicalOnly, combine, reading, measures, false, null, List.of());
    }

    /** Judged by the quarterly checks: counts, periodic tasks and mentee registration, not outcomes. */
    public boolean isStageTask() {
        return kind != TaskKind.OUTCOME;
    }

    public boolean appliesTo(TaskFamily family, boolean surgical) {
        return families.contains(family) && (!surgicalOnly || surgical);
    }
}
