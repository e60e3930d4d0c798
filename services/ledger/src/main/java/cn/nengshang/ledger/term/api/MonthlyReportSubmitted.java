package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.YearMonth;

/** The first report of a term's month was logged. */
@Revision("1")
public record MonthlyReportSubmitted(StaffId staffId, TermId termId, YearMonth month, MonthlyReport report)
        implements TermEvent {

    @Override
    public Text summary() {
        return new Text(month + " 月度考核报告已提交", "monthly report for " + month + " submitted");
    }
}
