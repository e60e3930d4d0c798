package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** Replace a mentee, for a reason, by another. */
public record ReplaceMentee(TermId termId, String menteeId, String reason, String replacementId, String replacementName,
                            BigDecimal replacementBaselineScore) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
