package cn.nengshang.ledger.assessment.query;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

public interface IncidentRepository extends JpaRepository<IncidentRow, String> {

    @Query("""
            select i from IncidentRow i
            where i.institutionId = :institutionId and i.departmentId = :departmentId and i.recordedAt < :before
            order by i.occurredOn""")
    List<IncidentRow> ofDepartment(String institutionId, String departmentId, Instant before);

    List<IncidentRow> findByStaffIdOrderByOccurredOn(String staffId);
}
