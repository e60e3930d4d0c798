package cn.nengshang.ledger.casework.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** The institution's party branch proposes, with reasons and evidence. */
public record ProposeCase(@TargetAggregateIdentifier String caseId, String reasons, List<String> evidence) {
}
