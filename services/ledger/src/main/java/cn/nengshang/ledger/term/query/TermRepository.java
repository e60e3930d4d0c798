package cn.nengshang.ledger.term.query;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface TermRepository extends JpaRepository<TermRow, String> {

    List<TermRow> findByStaffIdInOrderByTermId(Collection<String> staffIds);
}
