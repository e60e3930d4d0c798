package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Anyone in the consortium objects during the notice. */
public record RaiseObjection(@TargetAggregateIdentifier String caseId, String text) {
}
