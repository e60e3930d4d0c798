package cn.nengshang.ledger.policies.api;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyBook;

import java.time.LocalDate;

/** The policy versions published so far; a term binds to the one in force at its start. */
public interface PublishedPolicies {

    PolicyBook book();

    /** A published version by id: a term's bound policy, which decides everything about that term. */
    default Policy of(String policyId) {
        return book().find(policyId).orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, policyId));
    }

    /** The version in force on a day: what a term starting then binds to. */
    default Policy inForceOn(LocalDate day) {
        return book().inForceOn(day)
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, day.toString()));
    }
}
