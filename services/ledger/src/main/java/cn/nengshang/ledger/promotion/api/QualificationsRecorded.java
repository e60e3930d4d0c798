package cn.nengshang.ledger.promotion.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.promotion.Education;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record QualificationsRecorded(StaffId staffId, Education education, LocalDate titleObtainedOn,
                                     String exceptionalAchievement, LocalDate exceptionalRecordedOn)
        implements PersonEvent {

    @Override
    public Text summary() {
        String exceptional = exceptionalAchievement == null ? "" : "；破格业绩：" + exceptionalAchievement;
        return new Text("资格：学历 " + education + "，现职称取得于 " + titleObtainedOn + exceptional,
                "qualifications: " + education + ", title obtained on " + titleObtainedOn
                        + (exceptionalAchievement == null ? "" : ", exceptional: " + exceptionalAchievement));
    }
}
