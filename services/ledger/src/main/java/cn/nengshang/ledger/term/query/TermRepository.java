package cn.nengshang.ledger.term.query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TermRepository extends JpaRepository<TermRow, String> {
}
