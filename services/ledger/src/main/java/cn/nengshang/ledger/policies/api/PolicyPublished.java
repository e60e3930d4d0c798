package cn.nengshang.ledger.policies.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A policy version was published; the document is kept whole, as it was given. */
@Revision("1")
public record PolicyPublished(String policyId, LocalDate effectiveFrom, String document) {
}
