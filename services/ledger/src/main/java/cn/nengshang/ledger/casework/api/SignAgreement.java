package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The institution signs the new appointment agreement: the decision takes effect. */
public record SignAgreement(@TargetAggregateIdentifier String caseId, LocalDate signedOn, Integer postGrade, Integer termMonths) {
}
