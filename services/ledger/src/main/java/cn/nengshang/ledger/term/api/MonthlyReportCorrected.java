package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/** A logged report was replaced by a corrected one, for the reason given; the earlier one stays in history. */
@Revision("1")
public record MonthlyReportCorrected(StaffId staffId, TermId termId, YearMonth month, MonthlyReport report,
                                     String reason) implements TermEvent {

    @Override
    public Text summary() {
        return new Text(month + " 月度考核报告已更正：" + reason, "monthly report for " + month + " corrected: " + reason);
    }
}
