package cn.nengshang.ledger.staff.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Judge a rectification period that has run its course (sent when its judging day has passed). */
public record JudgeRectification(@TargetAggregateIdentifier StaffId staffId, String rectificationId) {
}
