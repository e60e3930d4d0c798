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
        List<Measure> measures) {

    public TaskRule {
        families = Set.copyOf(families);
        measures = List.copyOf(measures);
    }

    public boolean appliesTo(TaskFamily family, boolean surgical) {
        return families.contains(family) && (!surgicalOnly || surgical);
    }
}
