package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The party committee's meeting decides. */
public record DecideCase(@TargetAggregateIdentifier String caseId, Integer members, Integer present, Integer inFavour, Decision outcome, Integer postGrade) {
}
