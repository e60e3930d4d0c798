package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The party branch proposed the case. */
@Revision("1")
public record CaseProposed(CaseId caseId, StaffId staffId, String reasons, List<String> evidence, String proposer)
        implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 由党支部提出：%s".formatted(caseId, reasons),
                "case %s proposed by the party branch: %s".formatted(caseId, reasons));
    }
}
