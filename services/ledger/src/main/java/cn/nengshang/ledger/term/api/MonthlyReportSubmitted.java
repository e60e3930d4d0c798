package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/**
 * The first report of a term's month was logged; {@code late} when the quarter's verdict was already recorded
 * (the verdict stands, DOMAIN §5). Revision 2 added {@code late}: revision 1 reports were all on time.
 */
@Revision("2")
public record MonthlyReportSubmitted(StaffId staffId, TermId termId, YearMonth month, MonthlyReport report,
                                     boolean late) implements TermEvent {

    @Override
    public Text summary() {
        return late ? new Text(month + " 月度考核报告已提交（季度结论之后，迟报）",
                "monthly report for " + month + " submitted late, after the quarter's verdict")
                : new Text(month + " 月度考核报告已提交", "monthly report for " + month + " submitted");
    }
}
