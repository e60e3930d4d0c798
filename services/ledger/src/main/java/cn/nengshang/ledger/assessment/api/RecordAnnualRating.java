package cn.nengshang.ledger.assessment.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.facts.AnnualRating;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The health commission rates a person's year. */
public record RecordAnnualRating(@TargetAggregateIdentifier StaffId staffId, Integer year, AnnualRating rating) {
}
