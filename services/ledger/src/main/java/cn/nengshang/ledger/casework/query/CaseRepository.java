package cn.nengshang.ledger.casework.query;

import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.policy.casework.CaseKind;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface CaseRepository extends JpaRepository<CaseRow, String> {

    @Query("""
            select c from CaseRow c
            where (:state is null or c.state = :state)
              and (:kind is null or c.kind = :kind)
              and (:institution is null or c.institutionId = :institution)
              and (:department is null or c.departmentId = :department)
              and (:staffId is null or c.staffId = :staffId)
            order by c.openedAt, c.caseId""")
    Page<CaseRow> search(CaseState state, CaseKind kind, String institution, String department, String staffId,
                         Pageable page);

    List<CaseRow> findByStaffIdOrderByOpenedAt(String staffId);

    /** The cases whose public notice ran on any day from {@code from} to {@code to}, in the order they were posted. */
    @Query("""
            select c from CaseRow c
            where c.noticeStartsOn is not null and c.noticeStartsOn <= :to and c.noticeEndsOn >= :from
            order by c.noticeStartsOn, c.caseId""")
    List<CaseRow> noticedBetween(java.time.LocalDate from, java.time.LocalDate to);
}
