package cn.nengshang.ledger.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, String> {

    boolean existsByDepartmentIdAndInstitutionId(String departmentId, String institutionId);
}
