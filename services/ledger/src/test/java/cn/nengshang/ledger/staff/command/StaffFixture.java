package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.staff.api.AppointmentState;
import cn.nengshang.ledger.staff.api.AppointmentStateChanged;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.staff.api.TermStarted;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.Baselines;
import org.axonframework.messaging.MetaData;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Staff, terms and reports in the domain's words, for the aggregate's fixture tests. */
final class StaffFixture {

    static final StaffId SURGEON = StaffId.of("CL-0001");
    static final TermId FIRST_TERM = new TermId(SURGEON, 1);
    static final String HOSPITAL = "cele-people-hospital";
    static final String SURGERY = "cele-people-hospital.general-surgery";
    static final String MEDICINE = "cele-people-hospital.internal-medicine";

    private StaffFixture() {
    }

    static StaffRegistered anAssociateSeniorSurgeonRegistered() {
        return new StaffRegistered(SURGEON, "王建国", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR, "副主任医师",
                Profession.CLINICAL, "0115");
    }

    static TermStarted aTermFrom(YearMonth start) {
        return new TermStarted(SURGEON, FIRST_TERM, "cele-2026-v1", start, 24, 6, Rank.ASSOCIATE_SENIOR,
                TaskFamily.CLINICAL, true, Baselines.NONE);
    }

    static AppointmentStateChanged appointed() {
        return new AppointmentStateChanged(SURGEON, null, AppointmentState.APPOINTED, "term CL-0001.T1 started");
    }

    static MetaData hrCentre() {
        return metaData(new Actor("hr-1", Set.of(Role.HR_CENTER), null, null));
    }

    static MetaData surgeryDepartment() {
        return metaData(new Actor("surgery-head", Set.of(Role.DEPARTMENT), HOSPITAL, SURGERY));
    }

    static MetaData medicineDepartment() {
        return metaData(new Actor("medicine-head", Set.of(Role.DEPARTMENT), HOSPITAL, MEDICINE));
    }

    static MetaData metaData(Actor actor) {
        return MetaData.from(actor.toMetaData());
    }

    /** A report with every count at {@code n} and the given grassroots days. */
    static MonthlyReport reportOf(int n, LocalDate... days) {
        return new MonthlyReport(n, n, n, n, n, n, n, List.copyOf(Arrays.asList(days)), n, n, n, n, n, n, null, null);
    }
}
