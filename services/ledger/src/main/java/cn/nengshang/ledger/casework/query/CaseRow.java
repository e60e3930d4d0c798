package cn.nengshang.ledger.casework.query;

import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.policy.casework.CaseKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A case file as the API shows it: its grounds, every step with actor and time, and the objections. */
@Entity
@Table(name = "case_file")
public class CaseRow {

    @Id
    @Column(name = "case_id")
    private String caseId;
    @Column(name = "staff_id")
    private String staffId;
    @Enumerated(EnumType.STRING)
    private CaseKind kind;
    @Enumerated(EnumType.STRING)
    private CaseState state;
    @Column(name = "institution_id")
    private String institutionId;
    @Column(name = "department_id")
    private String departmentId;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "decided_post_grade")
    private Integer decidedPostGrade;
    @Column(name = "notice_starts_on")
    private LocalDate noticeStartsOn;
    @Column(name = "notice_ends_on")
    private LocalDate noticeEndsOn;
    @JdbcTypeCode(SqlTypes.JSON)
    private List<GroundEntry> grounds = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Step> history = new ArrayList<>();
    @JdbcTypeCode(SqlTypes.JSON)
    private List<Objection> objections = new ArrayList<>();

    public record GroundEntry(String ground, Instant at, String source) {
    }

    public record Step(String step, String actor, Instant at, String detailZh, String detailEn) {
    }

    public record Objection(String objectionId, String text, String raisedBy, Instant raisedAt, String answer,
                            Boolean upheld) {
    }

    protected CaseRow() {
    }

    CaseRow(String caseId, String staffId, CaseKind kind, String institutionId, String departmentId, Instant openedAt) {
        this.caseId = caseId;
        this.staffId = staffId;
        this.kind = kind;
        this.institutionId = institutionId;
        this.departmentId = departmentId;
        this.openedAt = openedAt;
    }

    void moveTo(CaseState next, Step step) {
        state = next;
        history = append(history, step);
    }

    void ground(GroundEntry ground) {
        grounds = append(grounds, ground);
    }

    void objection(Objection objection) {
        objections = append(objections, objection);
    }

    void answered(String objectionId, String answer, boolean upheld) {
        objections = objections.stream().map(o -> o.objectionId().equals(objectionId)
                ? new Objection(o.objectionId(), o.text(), o.raisedBy(), o.raisedAt(), answer, upheld) : o).toList();
    }

    void decided(Integer grade) {
        decidedPostGrade = grade;
    }

    void notice(LocalDate first, LocalDate last) {
        noticeStartsOn = first;
        noticeEndsOn = last;
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> more = new ArrayList<>(list);
        more.add(item);
        return more;
    }

    public String caseId() {
        return caseId;
    }

    public String staffId() {
        return staffId;
    }

    public CaseKind kind() {
        return kind;
    }

    public CaseState state() {
        return state;
    }

    public String institutionId() {
        return institutionId;
    }

    public String departmentId() {
        return departmentId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Integer decidedPostGrade() {
        return decidedPostGrade;
    }

    public LocalDate noticeStartsOn() {
        return noticeStartsOn;
    }

    public LocalDate noticeEndsOn() {
        return noticeEndsOn;
    }

    public List<GroundEntry> grounds() {
        return grounds;
    }

    public List<Step> history() {
        return history;
    }

    public List<Objection> objections() {
        return objections;
    }
}
