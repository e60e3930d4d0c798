package cn.nengshang.ledger.policies.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Set;

interface PolicyRepository extends JpaRepository<PolicyRow, String> {

    /** The published versions' ids: a version never changes once published, so these name the whole table. */
    @Query("select p.policyId from PolicyRow p")
    Set<String> publishedIds();
}
