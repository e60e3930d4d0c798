package cn.nengshang.ledger.term.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface RectificationRepository extends JpaRepository<RectificationRow, String> {

    List<RectificationRow> findByTermIdOrderByStartsOn(String termId);

    @Query("""
            select r from RectificationRow r
            where (:state is null or r.state = :state) and (:staffId is null or r.staffId = :staffId)
            order by r.startsOn, r.rectificationId""")
    List<RectificationRow> search(String state, String staffId);
}
