package cn.nengshang.ledger.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "institution")
class Institution {

    @Id
    @Column(name = "institution_id")
    private String institutionId;
    private String name;
    private String kind;

    protected Institution() {
    }

    Institution(String institutionId, String name, String kind) {
        this.institutionId = institutionId;
        this.name = name;
        this.kind = kind;
    }

    String institutionId() {
        return institutionId;
    }

    String name() {
        return name;
    }

    String kind() {
        return kind;
    }
}
