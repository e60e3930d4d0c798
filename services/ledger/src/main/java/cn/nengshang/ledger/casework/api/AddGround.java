package cn.nengshang.ledger.casework.api;

import cn.nengshang.policy.casework.Ground;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a ground found while the case is open. */
public record AddGround(@TargetAggregateIdentifier String caseId, Ground ground, String source) {
}
