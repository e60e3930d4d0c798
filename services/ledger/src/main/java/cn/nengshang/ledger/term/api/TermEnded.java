package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Map;

/** A term's final task results; when every applicable task is met the person is re-appointed in the title's band. */
@Revision("1")
public record TermEnded(StaffId staffId, TermId termId, LocalDate lastDay, String policyId,
                        Map<String, String> results, boolean allMet, Integer reappointedPostGrade) implements OfTerm {

    @Override
    public Text summary() {
        if (reappointedPostGrade != null) {
            return new Text("聘期 %s 结束：任务全部完成，续聘 %d 级岗位".formatted(termId, reappointedPostGrade),
                    "term %s ended: every task met, re-appointed at post grade %d".formatted(termId, reappointedPostGrade));
        }
        return allMet ? new Text("聘期 %s 结束：任务全部完成".formatted(termId), "term %s ended: every task met".formatted(termId))
                : new Text("聘期 %s 结束：任务未全部完成".formatted(termId),
                "term %s ended: not every task met".formatted(termId));
    }
}
