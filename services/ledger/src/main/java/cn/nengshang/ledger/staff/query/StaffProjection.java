package cn.nengshang.ledger.staff.query;

import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.policy.catalog.Specialty;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps the staff table: one row a person, with their current term and post grade. */
@Component
@ProcessingGroup(StaffProjection.GROUP)
class StaffProjection {

    static final String GROUP = "staff";

    private final StaffRepository staff;
    private final SpecialtyCatalogue catalogue;

    StaffProjection(StaffRepository staff, SpecialtyCatalogue catalogue) {
        this.staff = staff;
        this.catalogue = catalogue;
    }

    @EventHandler
    void on(StaffRegistered event, @Timestamp Instant at) {
        boolean surgical = catalogue.find(event.specialtyCode()).map(Specialty::surgical).orElse(false);
        staff.save(new StaffRow(event.staffId().value(), event.name(), event.institutionId(), event.departmentId(),
                event.rank(), event.titleName(), event.profession(), event.specialtyCode(), surgical, at));
    }

    @EventHandler
    void on(TermStarted event) {
        staff.findById(event.staffId().value()).ifPresent(row -> row.appoint(event.termId().toString(), event.postGrade()));
    }

    @EventHandler
    void on(AppointmentStateChanged event) {
        row(event.staffId()).state(event.to().name());
    }

    @EventHandler
    void on(PostGradeChanged event) {
        row(event.staffId()).postGrade(event.to());
    }

    @EventHandler
    void on(TermEnded event) {
        if (event.reappointedPostGrade() != null) {
            row(event.staffId()).postGrade(event.reappointedPostGrade());
        }
    }

    @EventHandler
    void on(CaseOpened event) {
        row(event.staffId()).openCase(event.caseId().toString());
    }

    @EventHandler
    void on(CaseConcluded event) {
        row(event.staffId()).openCase(null);
    }

    private StaffRow row(StaffId staffId) {
        return staff.findById(staffId.value()).orElseThrow();
    }

    @ResetHandler
    void reset() {
        staff.deleteAllInBatch();
    }
}
