package cn.nengshang.ledger.staff.query;

import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A senior as the API shows them: who, where, and their current appointment. */
@Entity
@Table(name = "staff")
public class StaffRow {

    @Id
    @Column(name = "staff_id")
    private String staffId;
    private String name;
    @Column(name = "institution_id")
    private String institutionId;
    @Column(name = "department_id")
    private String departmentId;
    @Enumerated(EnumType.STRING)
    private Rank rank;
    @Column(name = "title_name")
    private String titleName;
    @Enumerated(EnumType.STRING)
    private Profession profession;
    @Enumerated(EnumType.STRING)
    private TaskFamily family;
    @Column(name = "specialty_code")
    private String specialtyCode;
    private boolean surgical;
    private String state;
    @Column(name = "post_grade")
    private Integer postGrade;
    @Column(name = "term_id")
    private String termId;
    @Column(name = "registered_at")
    private Instant registeredAt;
    @Column(name = "open_case_id")
    private String openCaseId;

    protected StaffRow() {
    }

    StaffRow(String staffId, String name, String institutionId, String departmentId, Rank rank, String titleName,
             Profession profession, String specialtyCode, boolean surgical, Instant registeredAt) {
        this.staffId = staffId;
        this.name = name;
        this.institutionId = institutionId;
        this.departmentId = departmentId;
        this.rank = rank;
        this.titleName = titleName;
        this.profession = profession;
        this.family = profession.family();
        this.specialtyCode = specialtyCode;
        this.surgical = surgical;
        this.registeredAt = registeredAt;
    }

    void appoint(String termId, int postGrade) {
        this.termId = termId;
        this.postGrade = postGrade;
    }

    void state(String state) {
        this.state = state;
    }

    void postGrade(int postGrade) {
        this.postGrade = postGrade;
    }

    void openCase(String caseId) {
        this.openCaseId = caseId;
    }

    public PersonOnRecord onRecord() {
        return new PersonOnRecord(staffId, name, institutionId, departmentId, rank, family, surgical, state, postGrade,
                termId, openCaseId);
    }

    public String openCaseId() {
        return openCaseId;
    }

    public String staffId() {
        return staffId;
    }

    public String name() {
        return name;
    }

    public String institutionId() {
        return institutionId;
    }

    public String departmentId() {
        return departmentId;
    }

    public Rank rank() {
        return rank;
    }

    public String titleName() {
        return titleName;
    }

    public Profession profession() {
        return profession;
    }

    public TaskFamily family() {
        return family;
    }

    public String specialtyCode() {
        return specialtyCode;
    }

    public boolean surgical() {
        return surgical;
    }

    public String state() {
        return state;
    }

    public Integer postGrade() {
        return postGrade;
    }

    public String termId() {
        return termId;
    }
}
