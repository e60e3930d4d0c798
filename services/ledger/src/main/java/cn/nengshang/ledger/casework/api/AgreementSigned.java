package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The new appointment agreement was signed: post grade and term. */
@Revision("1")
public record AgreementSigned(CaseId caseId, StaffId staffId, LocalDate signedOn, int postGrade, int termMonths)
        implements CaseEvent {

    @Override
    public Text summary() {
        return new Text("案件 %s 签订聘用协议：%d 级岗位，%d 个月".formatted(caseId, postGrade, termMonths),
                "case %s: agreement signed for post grade %d, %d months".formatted(caseId, postGrade, termMonths));
    }
}
