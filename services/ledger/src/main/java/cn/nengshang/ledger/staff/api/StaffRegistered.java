package cn.nengshang.ledger.staff.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

@Revision("1")
public record StaffRegistered(StaffId staffId, String name, String institutionId, String departmentId, Rank rank,
                              String titleName, Profession profession, String specialtyCode) implements PersonEvent {

    @Override
    public Text summary() {
        return new Text("登记为" + titleName + "（" + institutionId + "）",
                "registered as " + titleName + " (" + institutionId + ")");
    }
}
