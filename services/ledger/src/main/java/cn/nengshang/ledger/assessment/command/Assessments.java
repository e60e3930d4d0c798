package cn.nengshang.ledger.assessment.command;

import cn.nengshang.policy.promotion.PromotionLoader;
import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.assessment.api.DepartmentIncidents;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.assessment.api.RecordIncident;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.Grounds;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.Thresholds;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person's yearly assessment (年度考核) by the health commission and the incidents recorded against them, with
 * the grounds they give: a rating below competent, repeated refusals or violations, accidents, ethics, fraud.
 */
public class Assessments {

    private final Person person;
    private final Map<Integer, AnnualRating> ratings = new HashMap<>();
    private final List<Incident> incidents = new ArrayList<>();

    /** What assessments need of the person whose record holds them. */
    public interface Person {

        StaffId staffId();

        Subject subject();

        /** The current term's calendar and policy, or the policy in force today when there is no term yet. */
        TermCalendar currentTerm();

        /** The calendars of every term on the record, first to last. */
        List<TermCalendar> termsOnRecord();

        /** The current term's policy's thresholds, or those of the policy in force today. */
        Thresholds thresholds(LocalDate today, PublishedPolicies policies);

        String currentPolicyId(LocalDate today);

        /** Whether a down-grade is in effect. */
        boolean downgraded();

        /** When the down-grade now in effect took effect, or null when none is. */
        LocalDate downgradedOn();

        /** A passed year while down-graded: whether the person may be restored (DOMAIN §8). */
        boolean restorable(AnnualRating rating, int year, Clock clock, PublishedPolicies policies,
                           ProgressEvaluator evaluator, DepartmentIncidents incidents);

        void found(Ground ground, String source, String policyId);
    }

    public Assessments(Person person) {
        this.person = person;
    }

    /** What a snapshot of the person's record keeps of their ratings and incidents. */
    public record State(Map<Integer, AnnualRating> ratings, List<Incident> incidents) {
    }

    public State snapshot() {
        return new State(new TreeMap<>(ratings), List.copyOf(incidents));
    }

    /** The ratings and incidents as a snapshot left them, in the person's record. */
    public static Assessments restore(State state, Person person) {
        Assessments assessments = new Assessments(person);
        assessments.ratings.putAll(state.ratings());
        assessments.incidents.addAll(state.incidents());
        return assessments;
    }

    @CommandHandler
    void handle(RecordAnnualRating command, MetaData metaData, Clock clock, PublishedPolicies policies,
                ProgressEvaluator evaluator, DepartmentIncidents incidents) {
        Operation.RECORD_ANNUAL_RATING.check(Actor.from(metaData), person.subject());
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().present("rating", command.rating());
        // a year is rated once it has ended: the rating covers the whole of it
        if (command.year() == null || command.year() < 2000 || command.year() >= today.getYear()) {
            checks.add(FieldProblem.of("year", "RANGE", 2000, today.getYear() - 1));
        }
        checks.orRefuse();
        if (ratings.containsKey(command.year())) {
            throw new LedgerException(ErrorCode.RATING_EXISTS, command.year());
        }
        apply(new AnnualRatingRecorded(person.staffId(), command.year(), command.rating()));
        String source = "annual rating " + command.year() + ": " + command.rating();
        String policyId = person.currentPolicyId(today);
        Grounds.ofRating(command.rating(), command.year(), person.termsOnRecord(), person.downgradedOn())
                .ifPresentOrElse(ground -> person.found(ground, source, policyId), () -> {
            if (person.downgraded()
                    && person.restorable(command.rating(), command.year(), clock, policies, evaluator, incidents)) {
                person.found(Ground.RESTORATION_ELIGIBLE, source + ", no failed quarter since the down-grade, current"
                        + " tasks complete", policyId);
            }
        });
    }

    @CommandHandler
    String handle(RecordIncident command, MetaData metaData, Clock clock, PublishedPolicies policies) {
        Operation.RECORD_INCIDENT.check(Actor.from(metaData), person.subject());
        LocalDate today = LocalDate.now(clock);
        problems(command, today).orRefuse();
        String incidentId = person.staffId().value() + "-I" + (incidents.size() + 1);
        Incident incident = new Incident(command.type(), command.occurredOn(), command.grade(),
                command.responsibility(), command.impactUntil());
        TermCalendar term = person.currentTerm();
        List<Incident> earlier = term == null ? List.of()
                : incidents.stream().filter(i -> term.contains(YearMonth.from(i.occurredOn()))).toList();
        apply(new IncidentRecorded(person.staffId(), incidentId, command.type(), command.occurredOn(), command.grade(),
                command.responsibility(), command.impactUntil(), command.description().strip(),
                person.subject().institutionId(), person.subject().departmentId(), command.severity(),
                command.effectiveOn()));
        Grounds.ofIncident(person.thresholds(today, policies), incident, earlier, term, today).ifPresent(ground ->
                person.found(ground, "incident " + incidentId + " " + command.type(), person.currentPolicyId(today)));
        return incidentId;
    }

    private static Checks problems(RecordIncident command, LocalDate today) {
        Checks checks = new Checks().present("type", command.type()).text("description", command.description())
                .notFuture("occurredOn", command.occurredOn(), today);
        if (command.type() == IncidentType.MEDICAL_ACCIDENT || command.type() == IncidentType.MEDICAL_DAMAGE) {
            checks.present("responsibility", command.responsibility()).within("grade", command.grade(), 1, 4);
        } else if (command.grade() != null) {
            checks.within("grade", command.grade(), 1, 4);
        }
        if (command.type() == IncidentType.REVIEW_RULE_BREACH) {
            if (command.severity() == null || !PromotionLoader.SEVERITIES.contains(command.severity())) {
                checks.add(FieldProblem.of("grade", command.severity() == null ? "REQUIRED" : "INVALID"));
            }
        } else if (command.severity() != null) {
            checks.add(FieldProblem.of("grade", "INVALID"));
        }
        if (command.type() == IncidentType.SANCTION) checks.present("impactUntil", command.impactUntil());
        if (command.effectiveOn() != null && command.occurredOn() != null
                && command.effectiveOn().isBefore(command.occurredOn())) {
            checks.add(FieldProblem.of("effectiveOn", "BEFORE_OCCURRENCE"));
        }
        if (command.type() == IncidentType.MEDICAL_DISPUTE) checks.present("responsibility", command.responsibility());
        if (command.type() == IncidentType.ETHICS_VIOLATION) {
            checks.present("impactUntil", command.impactUntil());
            if (command.impactUntil() != null && command.occurredOn() != null
                    && command.impactUntil().isBefore(command.occurredOn())) {
                checks.add(FieldProblem.of("impactUntil", "BEFORE_OCCURRENCE"));
            }
        }
        return checks;
    }

    @EventSourcingHandler
    void on(AnnualRatingRecorded event) {
        ratings.put(event.year(), event.rating());
    }

    @EventSourcingHandler
    void on(IncidentRecorded event) {
        incidents.add(new Incident(event.type(), event.occurredOn(), event.grade(), event.responsibility(),
                event.impactUntil()));
    }
}
