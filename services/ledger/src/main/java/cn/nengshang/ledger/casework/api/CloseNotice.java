package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Close the notice after its last working day (sent by the notice process). */
public record CloseNotice(@TargetAggregateIdentifier String caseId) {
}
