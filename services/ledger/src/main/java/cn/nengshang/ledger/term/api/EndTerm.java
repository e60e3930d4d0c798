package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The term is over and its last report was due: record the final results and decide the next appointment. */
public record EndTerm(TermId termId) {

    @TargetAggregateIdentifier
    public StaffId staffId() {
        return termId.staffId();
    }
}
