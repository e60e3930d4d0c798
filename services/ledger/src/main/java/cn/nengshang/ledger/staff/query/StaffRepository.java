package cn.nengshang.ledger.staff.query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffRepository extends JpaRepository<StaffRow, String> {

    @Query("""
            select s from StaffRow s
            where (:institution is null or s.institutionId = :institution)
              and (:department is null or s.departmentId = :department)
              and (:state is null or s.state = :state)
              and (:staffId is null or s.staffId = :staffId)
            """)
    Page<StaffRow> search(@Param("institution") String institution, @Param("department") String department,
                          @Param("state") String state, @Param("staffId") String staffId, Pageable page);
}
