package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A rectification period was judged: passed, or failed with the tasks still short. */
@Revision("1")
public record RectificationJudged(StaffId staffId, String rectificationId, TermId termId, boolean passed,
                                  List<String> shortTasks, String policyId) implements OfTerm {

    @Override
    public Text summary() {
        return passed ? new Text("整改期 %s 评定：通过".formatted(rectificationId),
                "rectification %s judged: passed".formatted(rectificationId))
                : new Text("整改期 %s 评定：未通过（%s）".formatted(rectificationId, String.join("、", shortTasks)),
                "rectification %s judged: failed (%s)".formatted(rectificationId, String.join(", ", shortTasks)));
    }
}
