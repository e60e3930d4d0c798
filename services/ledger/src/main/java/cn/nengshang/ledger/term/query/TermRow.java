package cn.nengshang.ledger.term.query;

import cn.nengshang.policy.facts.Baselines;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.YearMonth;

@Entity
@Table(name = "term")
public class TermRow {

    @Id
    @Column(name = "term_id")
    private String termId;
    @Column(name = "staff_id")
    private String staffId;
    @Column(name = "policy_id")
    private String policyId;
    @Column(name = "start_month")
    private String startMonth;
    private int months;
    @Column(name = "post_grade")
    private int postGrade;
    @JdbcTypeCode(SqlTypes.JSON)
    private Baselines baselines;
    @Column(name = "started_at")
    private Instant startedAt;

    protected TermRow() {
    }

    TermRow(String termId, String staffId, String policyId, YearMonth startMonth, int months, int postGrade,
            Baselines baselines, Instant startedAt) {
        this.termId = termId;
        this.staffId = staffId;
        this.policyId = policyId;
        this.startMonth = startMonth.toString();
        this.months = months;
        this.postGrade = postGrade;
        this.baselines = baselines;
        this.startedAt = startedAt;
    }

    public String termId() {
        return termId;
    }

    public String staffId() {
        return staffId;
    }

    public String policyId() {
        return policyId;
    }

    public YearMonth startMonth() {
        return YearMonth.parse(startMonth);
    }

    public int months() {
        return months;
    }

    public int postGrade() {
        return postGrade;
    }

    public Baselines baselines() {
        return baselines;
    }
}
