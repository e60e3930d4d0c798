package cn.nengshang.ledger.appointment.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.term.api.TermStarted;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's appointment (聘任): its state, the post grade they are appointed to and paid by, the first grade
 * of their title's band, when a down-grade took effect, and which rectification periods run.
 */
public class Appointment {

    private final StaffId staffId;
    private AppointmentState state;
    private Integer postGrade;
    private Integer titleGrade;
    private LocalDate downgradedOn;
    private final Set<String> openRectifications = new HashSet<>();
    private int rectifications;

    public Appointment(StaffId staffId) {
        this.staffId = staffId;
    }

    /** What a snapshot of the person's record keeps of the appointment. */
    public record State(AppointmentState state, Integer postGrade, Integer titleGrade, LocalDate downgradedOn,
                        List<String> openRectifications, int rectifications) {
    }

    public State snapshot() {
        return new State(this.state, postGrade, titleGrade, downgradedOn, openRectifications.stream().sorted().toList(),
                rectifications);
    }

    /** The appointment as a snapshot left it. */
    public static Appointment restore(StaffId staffId, State state) {
        Appointment appointment = new Appointment(staffId);
        appointment.state = state.state();
        appointment.postGrade = state.postGrade();
        appointment.titleGrade = state.titleGrade();
        appointment.downgradedOn = state.downgradedOn();
        appointment.openRectifications.addAll(state.openRectifications());
        appointment.rectifications = state.rectifications();
        return appointment;
    }

    /** Moves to a state, for a reason; nothing when it is there already. */
    public void moveTo(AppointmentState to, String reason) {
        if (state != to) {
            apply(new AppointmentStateChanged(staffId, state, to, reason));
        }
    }

    /** A rectification began or ended: appointed while none runs, in rectification while one does. */
    public void reconsiderRectification(String reason) {
        if (state == AppointmentState.APPOINTED || state == AppointmentState.IN_RECTIFICATION) {
            moveTo(openRectifications.isEmpty() ? AppointmentState.APPOINTED : AppointmentState.IN_RECTIFICATION,
                    reason);
        }
    }

    /** A decision changed the post grade from a day. */
    public void changeGrade(int to, LocalDate effectiveOn, String reason, String caseId, boolean downgrade) {
        if (!Objects.equals(postGrade, to)) {
            apply(new PostGradeChanged(staffId, postGrade, to, effectiveOn, reason, caseId, downgrade));
        }
    }

    /** The state a person is in when no case is open: down-graded, in rectification, or appointed. */
    public AppointmentState settled() {
        if (downgradedOn != null && !Objects.equals(postGrade, titleGrade)) return AppointmentState.DOWNGRADED;
        return openRectifications.isEmpty() ? AppointmentState.APPOINTED : AppointmentState.IN_RECTIFICATION;
    }

    public AppointmentState state() {
        return state;
    }

    public Integer postGrade() {
        return postGrade;
    }

    public Integer titleGrade() {
        return titleGrade;
    }

    public LocalDate downgradedOn() {
        return downgradedOn;
    }

    public boolean rectifying() {
        return !openRectifications.isEmpty();
    }

    public String nextRectificationId() {
        return staffId.value() + "-R" + (rectifications + 1);
    }

    /** A term began at a grade; the first term's grade is the first of the title's band. */
    @EventSourcingHandler
    void on(TermStarted event) {
        postGrade = event.postGrade();
        if (titleGrade == null) titleGrade = event.postGrade();
    }

    @EventSourcingHandler
    void on(RectificationStarted event) {
        openRectifications.add(event.rectificationId());
        rectifications++;
    }

    @EventSourcingHandler
    void on(RectificationJudged event) {
        openRectifications.remove(event.rectificationId());
    }

    /** A term ended with every task met: re-appointed in the title's band. */
    @EventSourcingHandler
    void on(TermEnded event) {
        if (event.reappointedPostGrade() != null) postGrade = event.reappointedPostGrade();
    }

    @EventSourcingHandler
    void on(AppointmentStateChanged event) {
        state = event.to();
    }

    /** A down-grade takes effect from its day: from then on the person is assessed as down-graded. */
    @EventSourcingHandler
    void on(PostGradeChanged event) {
        postGrade = event.to();
        if (event.downgrade()) downgradedOn = event.effectiveOn();
    }
}
