package cn.nengshang.ledger.promotion.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ExamPassRecorded(StaffId staffId, LocalDate passedOn) implements PersonEvent {

    @Override
    public Text summary() {
        return new Text("专业实践能力考试合格（" + passedOn + "）", "practice exam passed on " + passedOn);
    }
}
