package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The commission approves or rejects; never the proposer or the assessor. */
public record ApproveCase(@TargetAggregateIdentifier String caseId, Boolean approved, String notes) {
}
