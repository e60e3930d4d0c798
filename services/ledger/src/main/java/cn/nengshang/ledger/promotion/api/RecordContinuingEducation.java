package cn.nengshang.ledger.promotion.api;

import cn.nengshang.ledger.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** HR centre: whether the person met a year's continuing medical education requirement. */
public record RecordContinuingEducation(@TargetAggregateIdentifier StaffId staffId, Integer year, Boolean met) {
}
