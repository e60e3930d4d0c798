package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * A month of a term has passed its report due day: from now on it counts in what the term is expected to have
 * done. The passage of time, recorded, so that whatever is computed from the record gives the same answer
 * whenever it is computed.
 */
@Revision("1")
public record TermMonthClosed(StaffId staffId, TermId termId, YearMonth month) implements OfTerm {

    @Override
    public Text summary() {
        return new Text("%s 月度考核截止，计入任务进度".formatted(month),
                "%s closed: it counts in the term's expected progress".formatted(month));
    }
}
