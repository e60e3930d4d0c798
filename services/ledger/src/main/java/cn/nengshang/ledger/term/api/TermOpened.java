package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.TermId;

/** The answer to {@link StartTerm}: the new term and the policy version it is bound to. */
public record TermOpened(TermId termId, String policyId) {
}
