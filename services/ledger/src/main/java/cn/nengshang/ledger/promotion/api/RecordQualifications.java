package cn.nengshang.ledger.promotion.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.promotion.Education;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** HR centre: a person's education, the day their current title was obtained, and an exceptional achievement if any. */
public record RecordQualifications(@TargetAggregateIdentifier StaffId staffId, Education education,
                                   LocalDate titleObtainedOn, String exceptionalAchievement,
                                   LocalDate exceptionalRecordedOn) {
}
