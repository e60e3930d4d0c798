package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.progress.Suggestion.Verdict;
import org.axonframework.serialization.Revision;

/** The institution's quarterly verdict (季度考核), beside the suggestion it was given. */
@Revision("1")
public record QuarterlyVerdictRecorded(StaffId staffId, TermId termId, String quarter, Verdict verdict,
                                       Verdict suggested, String reason, String policyId) implements TermEvent {

    @Override
    public Text summary() {
        return new Text("%s 季度考核结论 %s（系统建议 %s）%s".formatted(quarter, verdict, suggested, reason == null ? "" : "：" + reason),
                "quarterly verdict for %s: %s (suggested %s)%s".formatted(quarter, verdict, suggested, reason == null ? "" : ": " + reason));
    }
}
