package cn.nengshang.ledger.term.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface TermRepository extends JpaRepository<TermRow, String> {

    @Query("select t.termId from TermRow t")
    List<String> termIds();
}
