package cn.nengshang.ledger.policies.api;

import cn.nengshang.policy.rules.PolicyBook;

/** The policy versions published so far; a term binds to the one in force at its start. */
public interface PublishedPolicies {

    PolicyBook book();
}
