package cn.nengshang.ledger.term.query;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "rectification")
public class RectificationRow {

    @Id
    @Column(name = "rectification_id")
    private String rectificationId;
    @Column(name = "staff_id")
    private String staffId;
    @Column(name = "term_id")
    private String termId;
    private String quarter;
    @Column(name = "starts_on")
    private LocalDate startsOn;
    @Column(name = "ends_on")
    private LocalDate endsOn;
    @Column(name = "judged_on")
    private LocalDate judgedOn;
    private String state;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "short_tasks")
    private List<String> shortTasks;

    /** Where a rectification stands: running, or judged. */
    public enum State {
        OPEN,
        PASSED,
        FAILED
    }

    protected RectificationRow() {
    }

    RectificationRow(String rectificationId, String staffId, String termId, String quarter, LocalDate startsOn,
                     LocalDate endsOn, LocalDate judgedOn) {
        this.rectificationId = rectificationId;
        this.staffId = staffId;
        this.termId = termId;
        this.quarter = quarter;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.judgedOn = judgedOn;
        this.state = State.OPEN.name();
        this.shortTasks = List.of();
    }

    void judged(boolean passed, List<String> shortTasks) {
        this.state = (passed ? State.PASSED : State.FAILED).name();
        this.shortTasks = List.copyOf(shortTasks);
    }

    public record View(String rectificationId, String staffId, String termId, String quarter, LocalDate startsOn,
                       LocalDate endsOn, LocalDate judgedOn, String state, List<String> shortTasks) {
    }

    public View view() {
        return new View(rectificationId, staffId, termId, quarter, startsOn, endsOn, judgedOn, state, shortTasks);
    }

    public String staffId() {
        return staffId;
    }
}
