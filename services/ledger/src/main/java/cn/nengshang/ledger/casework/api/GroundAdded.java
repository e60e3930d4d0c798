package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.serialization.Revision;

/** A ground was added to the case. */
@Revision("1")
public record GroundAdded(String caseId, StaffId staffId, Ground ground, String source) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 增加依据 %s".formatted(caseId, ground), "case %s: ground %s added".formatted(caseId, ground));
    }
}
