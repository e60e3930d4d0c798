package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.staff.api.AppointmentState;
import cn.nengshang.ledger.staff.api.AppointmentStateChanged;
import cn.nengshang.ledger.staff.api.CaseOutcome;
import cn.nengshang.ledger.staff.api.CaseConcludedOnRecord;
import cn.nengshang.ledger.staff.api.CaseOpened;
import cn.nengshang.ledger.staff.api.PostGradeChanged;
import cn.nengshang.ledger.staff.api.RectificationJudged;
import cn.nengshang.ledger.staff.api.RectificationStarted;
import cn.nengshang.ledger.staff.api.TermEnded;
import cn.nengshang.ledger.staff.api.TermStarted;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A person's appointment: its state, post grade, the grade of their title's band, open case, rectifications. */
final class Appointment {

    private AppointmentState state;
    private Integer postGrade;
    private Integer titleGrade;
    private String openCaseId;
    private int cases;
    private LocalDate downgradedOn;
    private final Map<String, RectificationStarted> openRectifications = new LinkedHashMap<>();
    private int rectifications;

    void on(TermStarted event) {
        postGrade = event.postGrade();
        if (titleGrade == null) titleGrade = event.postGrade();
    }

    void on(AppointmentStateChanged event) {
        state = event.to();
    }

    void on(RectificationStarted event) {
        openRectifications.put(event.rectificationId(), event);
        rectifications++;
    }

    void on(RectificationJudged event) {
        openRectifications.remove(event.rectificationId());
    }

    void on(CaseOpened event) {
        openCaseId = event.caseId();
        cases++;
    }

    void on(CaseConcludedOnRecord event) {
        openCaseId = null;
        if (event.outcome() == CaseOutcome.DOWNGRADED) {
            downgradedOn = event.effectiveOn();
        }
    }

    void on(PostGradeChanged event) {
        postGrade = event.to();
    }

    void on(TermEnded event) {
        if (event.reappointedPostGrade() != null) postGrade = event.reappointedPostGrade();
    }

    /** The state a person is in when no case is open: down-graded, in rectification, or appointed. */
    AppointmentState settled() {
        if (downgradedOn != null && !Objects.equals(postGrade, titleGrade)) return AppointmentState.DOWNGRADED;
        return openRectifications.isEmpty() ? AppointmentState.APPOINTED : AppointmentState.IN_RECTIFICATION;
    }

    AppointmentState state() {
        return state;
    }

    Integer postGrade() {
        return postGrade;
    }

    Integer titleGrade() {
        return titleGrade;
    }

    String openCaseId() {
        return openCaseId;
    }

    int cases() {
        return cases;
    }

    int rectifications() {
        return rectifications;
    }

    LocalDate downgradedOn() {
        return downgradedOn;
    }

    RectificationStarted rectification(String id) {
        return openRectifications.get(id);
    }

    boolean rectifying() {
        return !openRectifications.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Appointment a && state == a.state && Objects.equals(postGrade, a.postGrade)
                && Objects.equals(titleGrade, a.titleGrade) && Objects.equals(openCaseId, a.openCaseId)
                && cases == a.cases && Objects.equals(downgradedOn, a.downgradedOn)
                && openRectifications.equals(a.openRectifications) && rectifications == a.rectifications;
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, postGrade, openCaseId, cases);
    }
}
