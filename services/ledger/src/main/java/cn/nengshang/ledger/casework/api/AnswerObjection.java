package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The HR centre answers an objection, upholding it or not. */
public record AnswerObjection(@TargetAggregateIdentifier String caseId, String objectionId, String answer, Boolean upheld) {
}
