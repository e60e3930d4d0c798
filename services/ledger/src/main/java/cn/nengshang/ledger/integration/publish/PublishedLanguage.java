package cn.nengshang.ledger.integration.publish;

import cn.nengshang.ledger.appointment.api.AppointmentStateChanged;
import cn.nengshang.ledger.appointment.api.PostGradeChanged;
import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.casework.api.AgreementSigned;
import cn.nengshang.ledger.casework.api.CaseApproved;
import cn.nengshang.ledger.casework.api.CaseAssessed;
import cn.nengshang.ledger.casework.api.CaseCarriedOver;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.CaseEvent;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.CaseProposed;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.CaseStates;
import cn.nengshang.ledger.casework.api.CaseWithdrawn;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.GroundFound;
import cn.nengshang.ledger.casework.api.NoticeClosed;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.casework.api.QualificationReviewed;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.api.MonthlyReportOverdue;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.ledger.term.api.RectificationJudged;
import cn.nengshang.ledger.term.api.RectificationStarted;
import cn.nengshang.policy.Text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What other systems read of the record (API "Kafka"): a language of its own, not the record's events, so that
 * the record may change its events without changing what payroll, the provincial title system or a dashboard
 * reads. Each type has a JSON Schema under {@code integration/schemas/}; a type changes only by a new version
 * of it, beside the old one.
 */
public final class PublishedLanguage {

    public static final String APPOINTMENTS = "nengshang.appointments.v1";
    public static final String ASSESSMENTS = "nengshang.assessments.v1";
    public static final String CASES = "nengshang.cases.v1";
    public static final List<String> TOPICS = List.of(APPOINTMENTS, ASSESSMENTS, CASES);
    /** The CloudEvents type of every message is this prefix, the type's name and its version. */
    static final String TYPE_PREFIX = "cn.nengshang.";

    private PublishedLanguage() {
    }

    /** One message: its topic, its type's name (without prefix and version) and its data. */
    public record Message(String topic, String name, String staffId, Object data) {

        /** The CloudEvents type, such as {@code cn.nengshang.appointment.post-grade-changed.v1}. */
        public String type() {
            return TYPE_PREFIX + name + ".v1";
        }
    }

    public record AppointmentStateChangedV1(String staffId, String from, String to, String reason) {
    }

    public record PostGradeChangedV1(String staffId, int fromGrade, int toGrade, LocalDate effectiveOn,
                                     String reason, String caseId, boolean downgrade) {
    }

    public record QuarterlyVerdictV1(String staffId, String termId, String quarter, String verdict,
                                     String suggested, String reason) {
    }

    public record AnnualRatingV1(String staffId, int year, String rating) {
    }

    public record RectificationStartedV1(String staffId, String rectificationId, String termId, String quarter,
                                         LocalDate startsOn, LocalDate endsOn, LocalDate judgedOn) {
    }

    public record RectificationJudgedV1(String staffId, String rectificationId, String termId, boolean passed,
                                        List<String> shortTasks) {
    }

    public record ReportOverdueV1(String staffId, String termId, String month, LocalDate dueOn,
                                  String institutionId, String departmentId) {
    }

    public record CaseOpenedV1(String staffId, String caseId, String kind, String ground, String institutionId,
                               String departmentId, String rank, Integer postGrade) {
    }

    /** A step of a case's procedure: which, the state it leaves the case in (when it moves it), what it says. */
    public record CaseStepV1(String staffId, String caseId, String step, String state, String summaryZh,
                             String summaryEn) {
    }

    public record CaseConcludedV1(String staffId, String caseId, String kind, String outcome, Integer postGrade,
                                  LocalDate effectiveOn, String appointmentState) {
    }

    private static final Map<Class<? extends CaseEvent>, String> STEPS = Map.ofEntries(
            Map.entry(CaseProposed.class, "PROPOSED"), Map.entry(QualificationReviewed.class, "QUALIFICATION_REVIEWED"),
            Map.entry(CaseAssessed.class, "ASSESSED"), Map.entry(CommitteeDecided.class, "COMMITTEE_DECIDED"),
            Map.entry(NoticeStarted.class, "NOTICE_STARTED"), Map.entry(ObjectionRaised.class, "OBJECTION_RAISED"),
            Map.entry(ObjectionAnswered.class, "OBJECTION_ANSWERED"), Map.entry(NoticeClosed.class, "NOTICE_CLOSED"),
            Map.entry(CaseApproved.class, "APPROVAL"), Map.entry(AgreementSigned.class, "AGREEMENT_SIGNED"),
            Map.entry(CaseWithdrawn.class, "WITHDRAWN"), Map.entry(GroundFound.class, "GROUND_FOUND"),
            Map.entry(CaseCarriedOver.class, "CARRIED_OVER"));

    /** The message a record's event is published as, if other systems read it. */
    public static Optional<Message> of(Object event) {
        return Optional.ofNullable(message(event));
    }

    private static Message message(Object event) {
        if (event instanceof AppointmentStateChanged e) {
            return new Message(APPOINTMENTS, "appointment.state-changed", id(e.staffId()),
                    new AppointmentStateChangedV1(id(e.staffId()), e.from() == null ? null : e.from().name(),
                            e.to().name(), e.reason()));
        }
        if (event instanceof PostGradeChanged e) {
            return new Message(APPOINTMENTS, "appointment.post-grade-changed", id(e.staffId()),
                    new PostGradeChangedV1(id(e.staffId()), e.from(), e.to(), e.effectiveOn(), e.reason(),
                            e.caseId(), e.downgrade()));
        }
        if (event instanceof QuarterlyVerdictRecorded e) {
            return new Message(ASSESSMENTS, "assessment.quarterly-verdict", id(e.staffId()),
                    new QuarterlyVerdictV1(id(e.staffId()), e.termId().toString(), e.quarter(), e.verdict().name(),
                            e.suggested() == null ? null : e.suggested().name(), e.reason()));
        }
        if (event instanceof AnnualRatingRecorded e) {
            return new Message(ASSESSMENTS, "assessment.annual-rating", id(e.staffId()),
                    new AnnualRatingV1(id(e.staffId()), e.year(), e.rating().name()));
        }
        if (event instanceof RectificationStarted e) {
            return new Message(ASSESSMENTS, "assessment.rectification-started", id(e.staffId()),
                    new RectificationStartedV1(id(e.staffId()), e.rectificationId(), e.termId().toString(),
                            e.quarter(), e.startsOn(), e.endsOn(), e.judgedOn()));
        }
        if (event instanceof RectificationJudged e) {
            return new Message(ASSESSMENTS, "assessment.rectification-judged", id(e.staffId()),
                    new RectificationJudgedV1(id(e.staffId()), e.rectificationId(), e.termId().toString(),
                            e.passed(), e.shortTasks() == null ? List.of() : e.shortTasks()));
        }
        if (event instanceof MonthlyReportOverdue e) {
            return new Message(ASSESSMENTS, "assessment.report-overdue", id(e.staffId()),
                    new ReportOverdueV1(id(e.staffId()), e.termId().toString(), e.month().toString(), e.dueOn(),
                            e.institutionId(), e.departmentId()));
        }
        if (event instanceof CaseOpened e) {
            return new Message(CASES, "case.opened", id(e.staffId()),
                    new CaseOpenedV1(id(e.staffId()), e.caseId().toString(), e.kind().name(), e.ground().name(),
                            e.institutionId(), e.departmentId(), e.rank() == null ? null : e.rank().name(),
                            e.postGrade()));
        }
        if (event instanceof CaseConcluded e) {
            return new Message(CASES, "case.concluded", id(e.staffId()),
                    new CaseConcludedV1(id(e.staffId()), e.caseId().toString(), e.kind().name(), e.outcome().name(),
                            e.postGrade(), e.effectiveOn(), e.state() == null ? null : e.state().name()));
        }
        if (event instanceof CaseEvent e && STEPS.containsKey(e.getClass())) {
            return step(e);
        }
        return null;
    }

    private static Message step(CaseEvent event) {
        CaseState state = CaseStates.after(null, event);
        Text summary = event.summary();
        return new Message(CASES, "case.step", id(event.staffId()), new CaseStepV1(id(event.staffId()),
                event.caseId().toString(), STEPS.get(event.getClass()), state == null ? null : state.name(),
                summary.zh(), summary.en()));
    }

    private static String id(StaffId staffId) {
        return staffId.value();
    }
}
