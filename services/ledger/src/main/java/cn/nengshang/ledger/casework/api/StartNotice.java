package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Public notice of the decision from a day. */
public record StartNotice(@TargetAggregateIdentifier String caseId, LocalDate startsOn) {
}
