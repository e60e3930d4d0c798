package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.serialization.Revision;

/** A further ground was found while a case is open: it is added to that case. */
@Revision("1")
public record GroundFound(StaffId staffId, CaseId caseId, Ground ground, String source) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 增加依据 %s：%s".formatted(caseId, ground, source),
                "ground %s added to case %s: %s".formatted(ground, caseId, source));
    }
}
