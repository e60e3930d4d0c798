package cn.nengshang.ledger.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface InstitutionRepository extends JpaRepository<Institution, String> {
}
