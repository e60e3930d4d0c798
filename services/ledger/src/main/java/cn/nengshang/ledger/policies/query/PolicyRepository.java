package cn.nengshang.ledger.policies.query;

import org.springframework.data.jpa.repository.JpaRepository;

interface PolicyRepository extends JpaRepository<PolicyRow, String> {
}
