package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.time.YearMonth;

/** A month's report was not in by its due day: recorded against the department (scheme §六(三)2). */
@Revision("1")
public record MonthlyReportOverdue(StaffId staffId, TermId termId, YearMonth month, LocalDate dueOn,
                                   String institutionId, String departmentId) implements OfTerm {

    @Override
    public Text summary() {
        return new Text("%s 月度考核报告逾期未报（应于 %s 前报送）".formatted(month, dueOn),
                "monthly report for %s overdue (due by %s)".formatted(month, dueOn));
    }
}
