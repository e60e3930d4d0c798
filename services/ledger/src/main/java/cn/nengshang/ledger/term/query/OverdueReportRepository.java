package cn.nengshang.ledger.term.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface OverdueReportRepository extends JpaRepository<OverdueReport, OverdueReport.Key> {

    @Query("""
            select o from OverdueReport o
            where (:institution is null or o.institutionId = :institution)
              and (:department is null or o.departmentId = :department)
              and (:staffId is null or o.staffId = :staffId)
            order by o.institutionId, o.departmentId, o.month, o.staffId""")
    List<OverdueReport> search(String institution, String department, String staffId);
}
