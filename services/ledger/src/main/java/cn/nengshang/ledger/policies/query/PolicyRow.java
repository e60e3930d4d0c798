package cn.nengshang.ledger.policies.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "policy_version")
class PolicyRow {

    @Id
    @Column(name = "policy_id")
    private String policyId;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    private String document;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;

    protected PolicyRow() {
    }

    PolicyRow(String policyId, LocalDate effectiveFrom, String document, Instant publishedAt, String publishedBy) {
        this.policyId = policyId;
        this.effectiveFrom = effectiveFrom;
        this.document = document;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    String policyId() {
        return policyId;
    }

    String document() {
        return document;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    String publishedBy() {
        return publishedBy;
    }
}
