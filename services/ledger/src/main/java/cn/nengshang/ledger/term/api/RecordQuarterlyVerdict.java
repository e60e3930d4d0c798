package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion.Verdict;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the institution's verdict on a quarter of the term. */
public record RecordQuarterlyVerdict(TermId termId, Quarter quarter, Verdict verdict, String reason) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
