package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.facts.Baselines;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * A term began: its months, the post grade appointed to, the policy in force at its start, the task set the
 * person carries (rank, family, surgical) as it stood then, and the previous term's baselines.
 */
@Revision("1")
public record TermStarted(StaffId staffId, TermId termId, String policyId, YearMonth startMonth, int months,
                          int postGrade, Rank rank, TaskFamily family, boolean surgical, Baselines baselines)
        implements OfTerm {

    @Override
    public Text summary() {
        return new Text("聘期 %s 开始：自 %s 起 %d 个月，聘任岗位 %d 级，适用政策 %s".formatted(
                termId, startMonth, months, postGrade, policyId),
                "term %s started: %d months from %s, post grade %d, policy %s".formatted(
                        termId, months, startMonth, postGrade, policyId));
    }
}
