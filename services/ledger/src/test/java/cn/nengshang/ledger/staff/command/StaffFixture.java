package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.assessment.api.DepartmentIncidents;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.CaseOutcome;
import cn.nengshang.ledger.casework.api.LegacyCaseSteps;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.calendar.api.WorkingCalendar;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.organisation.OrganisationDirectory;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.WorkingDays;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.catalog.SpecialtyCatalogue;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.rules.PolicyBook;
import cn.nengshang.policy.rules.PolicyLoader;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A person's record under test, for the fixture tests of every part of it (term, appointment, casework,
 * assessment): the seeds' policy, catalogues and calendars, a surgeon of the people's hospital, and the
 * people acting on the record, in the domain's words.
 */
public final class StaffFixture {

    public static final Path SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));
    public static final StaffId SURGEON = StaffId.of("CL-0001");
    public static final TermId FIRST_TERM = new TermId(SURGEON, 1);
    public static final String POLICY = "cele-2026-v1";
    public static final String HOSPITAL = "cele-people-hospital";
    public static final String SURGERY = "cele-people-hospital.general-surgery";
    public static final String MEDICINE = "cele-people-hospital.internal-medicine";
    public static final YearMonth JANUARY = YearMonth.of(2026, 1);

    private static final PolicyBook POLICIES = PolicyLoader.loadFolder(SEEDS.resolve("policy"));
    private static final WorkingDays WORKING_DAYS = WorkingDays.loadFolder(SEEDS.resolve("calendar"));

    private StaffFixture() {
    }

    /** A fixture whose clock reads this moment in Cele, and whose department records no other incidents. */
    public static FixtureConfiguration<?> at(String instant) {
        return at(clock(instant), new ArrayList<>());
    }

    /** A fixture whose clock reads this moment, and whose department's other people have these incidents. */
    public static FixtureConfiguration<?> at(Clock clock, List<Incident> departmentIncidents) {
        return at(clock, departmentIncidents, caseId -> List.of());
    }

    /** A fixture whose previous version kept these steps of cases in streams of their own. */
    public static FixtureConfiguration<?> at(String instant, LegacyCaseSteps legacy) {
        return at(clock(instant), List.of(), legacy);
    }

    private static FixtureConfiguration<?> at(Clock clock, List<Incident> departmentIncidents,
                                              LegacyCaseSteps legacy) {
        OrganisationDirectory organisation = (institution, department) ->
                HOSPITAL.equals(institution) && Set.of(SURGERY, MEDICINE).contains(department);
        AggregateTestFixture<StaffMember> fixture = new AggregateTestFixture<>(StaffMember.class);
        // The record's terms and case files are entities held in lists, which compare them by identity: the
        // fixture's check for state changed outside the event sourcing handlers would report each of them.
        fixture.setReportIllegalStateChange(false);
        fixture.registerInjectableResource(SpecialtyCatalogue.load(SEEDS.resolve("catalog/specialties.tsv")));
        fixture.registerInjectableResource(PostGrades.load(SEEDS.resolve("catalog/post-grades.tsv")));
        fixture.registerInjectableResource((PublishedPolicies) () -> POLICIES);
        fixture.registerInjectableResource(new ProgressEvaluator());
        fixture.registerInjectableResource(organisation);
        fixture.registerInjectableResource((DepartmentIncidents) (institution, department, before) ->
                SURGERY.equals(department) ? List.copyOf(departmentIncidents) : List.of());
        fixture.registerInjectableResource(new WorkingCalendar() {
            @Override
            public WorkingDays workingDays() {
                return WORKING_DAYS;
            }

            @Override
            public boolean has(String calendarId) {
                return true;
            }
        });
        fixture.registerInjectableResource(legacy);
        fixture.registerInjectableResource(clock);
        fixture.givenCurrentTime(clock.instant()); // the given events are stamped at this moment too
        return fixture;
    }

    public static Clock clock(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneId.of("Asia/Shanghai"));
    }

    public static StaffRegistered anAssociateSeniorSurgeonRegistered() {
        return new StaffRegistered(SURGEON, "王建国", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR, "副主任医师",
                Profession.CLINICAL, "0115");
    }

    public static TermStarted aTermFrom(YearMonth start) {
        return new TermStarted(SURGEON, FIRST_TERM, POLICY, start, 24, 6, Rank.ASSOCIATE_SENIOR,
                TaskFamily.CLINICAL, true, Baselines.NONE);
    }

    public static AppointmentStateChanged appointed() {
        return new AppointmentStateChanged(SURGEON, null, AppointmentState.APPOINTED, "term CL-0001.T1 started");
    }

    /** Registered, a term from January 2026 begun, appointed. */
    public static Object[] anAppointedSurgeon() {
        return new Object[]{anAssociateSeniorSurgeonRegistered(), aTermFrom(JANUARY), appointed()};
    }

    /**
     * Case C1, opened by hand from a state, concluded with a down-grade from grade 6 to 8 that took effect on a
     * day: the person is down-graded from then on.
     */
    public static Object[] downgradedOn(LocalDate day, AppointmentState from) {
        CaseId c1 = new CaseId(SURGEON, 1);
        return new Object[]{new CaseOpened(SURGEON, c1, CaseKind.DOWNGRADE, Ground.LEADERSHIP,
                "opened by hand: 领导小组认定", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR, 6, "领导小组认定", POLICY),
                new AppointmentStateChanged(SURGEON, from, AppointmentState.UNDER_REVIEW, "case CL-0001-C1 opened"),
                new PostGradeChanged(SURGEON, 6, 8, day, "DOWNGRADED", "CL-0001-C1", true),
                new CaseConcluded(SURGEON, c1, CaseKind.DOWNGRADE, CaseOutcome.DOWNGRADED, 8, day,
                        AppointmentState.DOWNGRADED),
                new AppointmentStateChanged(SURGEON, AppointmentState.UNDER_REVIEW, AppointmentState.DOWNGRADED,
                        "case CL-0001-C1 concluded: DOWNGRADED")};
    }

    /** Appointed from January 2026, then down-graded on 1 February 2026, before any verdict. */
    public static Object[] downgradedInFebruary() {
        return concat(anAppointedSurgeon(), downgradedOn(LocalDate.of(2026, 2, 1), AppointmentState.APPOINTED));
    }

    public static MonthlyReportSubmitted submitted(YearMonth month, MonthlyReport report) {
        return new MonthlyReportSubmitted(SURGEON, FIRST_TERM, month, report, false);
    }

    public static MetaData hrCentre() {
        return as("hr-1", Role.HR_CENTER, null, null);
    }

    public static MetaData surgeryDepartment() {
        return as("surgery-head", Role.DEPARTMENT, HOSPITAL, SURGERY);
    }

    public static MetaData medicineDepartment() {
        return as("medicine-head", Role.DEPARTMENT, HOSPITAL, MEDICINE);
    }

    public static MetaData hospital() {
        return as("hospital", Role.INSTITUTION, HOSPITAL, null);
    }

    public static MetaData commission() {
        return as("commission", Role.COMMISSION, null, null);
    }

    public static MetaData as(String sub, Role role, String institution, String department) {
        return metaData(new Actor(sub, Set.of(role), institution, department));
    }

    public static MetaData metaData(Actor actor) {
        return MetaData.from(actor.toMetaData());
    }

    /** A report with every count at {@code n} and the given grassroots days. */
    public static MonthlyReport reportOf(int n, LocalDate... days) {
        return new MonthlyReport(n, n, n, n, n, n, n, List.copyOf(Arrays.asList(days)), n, n, n, n, n, n, null, null);
    }

    /** The events of a history, then more. */
    public static Object[] concat(Object[] first, Object... more) {
        Object[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
