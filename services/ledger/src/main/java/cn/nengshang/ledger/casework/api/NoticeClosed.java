package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The notice closed with every objection answered. */
@Revision("1")
public record NoticeClosed(CaseId caseId, StaffId staffId, LocalDate closedOn) implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 公示结束".formatted(caseId), "case %s: public notice closed".formatted(caseId));
    }
}
