package cn.nengshang.ledger.promotion.api;

import cn.nengshang.ledger.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** HR centre: the person passed the senior practice exam (卫生高级专业实践能力考试) on a day. */
public record RecordExamPass(@TargetAggregateIdentifier StaffId staffId, LocalDate passedOn) {
}
