package cn.nengshang.ledger.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "department")
class Department {

    @Id
    @Column(name = "department_id")
    private String departmentId;
    @Column(name = "institution_id")
    private String institutionId;
    private String name;

    protected Department() {
    }

    Department(String departmentId, String institutionId, String name) {
        this.departmentId = departmentId;
        this.institutionId = institutionId;
        this.name = name;
    }

    String departmentId() {
        return departmentId;
    }

    String institutionId() {
        return institutionId;
    }

    String name() {
        return name;
    }
}
