package cn.nengshang.ledger.promotion.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ContinuingEducationRecorded(StaffId staffId, int year, boolean met) implements PersonEvent {

    @Override
    public Text summary() {
        return new Text(year + " 年继续医学教育：" + (met ? "达标" : "未达标"),
                "continuing education " + year + ": " + (met ? "met" : "not met"));
    }
}
