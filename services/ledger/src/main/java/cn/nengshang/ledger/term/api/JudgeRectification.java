package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Judge a rectification period that has run its course (sent when its judging day has passed). */
public record JudgeRectification(@TargetAggregateIdentifier StaffId staffId, String rectificationId) {
}
