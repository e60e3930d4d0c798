package cn.nengshang.ledger.policies.command;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.policies.api.PolicyPublished;
import cn.nengshang.ledger.policies.api.PublishPolicy;
import cn.nengshang.policy.SeedFormatException;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyLoader;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One published policy version. It never changes: a new rule set is a new version. */
@Aggregate
class PolicyVersion {

    @AggregateIdentifier
    private String policyId;

    PolicyVersion() {
    }

    @CommandHandler
    PolicyVersion(PublishPolicy command, MetaData metaData) {
        Operation.PUBLISH_POLICY.check(Actor.from(metaData), Subject.CONSORTIUM);
        Policy policy;
        try {
            policy = PolicyLoader.read(command.document(), "policy");
        } catch (SeedFormatException e) {
            throw new LedgerException(ErrorCode.POLICY_INVALID, e.getMessage());
        }
        if (!policy.policyId().equals(command.policyId())) {
            throw new LedgerException(ErrorCode.POLICY_INVALID, "policyId " + policy.policyId()
                    + " does not match " + command.policyId());
        }
        apply(new PolicyPublished(policy.policyId(), policy.effectiveFrom(), command.document()));
    }

    @EventSourcingHandler
    void on(PolicyPublished event) {
        policyId = event.policyId();
    }
}
