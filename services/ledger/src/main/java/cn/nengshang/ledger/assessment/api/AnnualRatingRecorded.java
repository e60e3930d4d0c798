package cn.nengshang.ledger.assessment.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.AnnualRating;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AnnualRatingRecorded(StaffId staffId, int year, AnnualRating rating) implements PersonEvent {

    @Override
    public Text summary() {
        return new Text(year + " 年度考核：" + rating, "annual rating for " + year + ": " + rating);
    }
}
