package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The HR and medical management centres check the proposal. */
public record ReviewQualification(@TargetAggregateIdentifier String caseId, Qualification outcome, String notes) {
}
