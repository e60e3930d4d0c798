package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;

/** The commission scores the comprehensive assessment. */
public record AssessCase(@TargetAggregateIdentifier String caseId, BigDecimal quantitative, BigDecimal democratic, BigDecimal defence, BigDecimal quantitativeWeight, BigDecimal democraticWeight, BigDecimal defenceWeight) {
}
