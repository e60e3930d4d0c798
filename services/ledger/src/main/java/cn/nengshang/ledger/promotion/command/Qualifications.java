package cn.nengshang.ledger.promotion.command;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Checks;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.promotion.api.ContinuingEducationRecorded;
import cn.nengshang.ledger.promotion.api.ExamPassRecorded;
import cn.nengshang.ledger.promotion.api.QualificationsRecorded;
import cn.nengshang.ledger.promotion.api.RecordContinuingEducation;
import cn.nengshang.ledger.promotion.api.RecordExamPass;
import cn.nengshang.ledger.promotion.api.RecordQualifications;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The facts only the title rules read, on the person's record: qualifications (the latest stands), exam passes,
 * continuing education by year. Recording what is already recorded writes nothing.
 */
public class Qualifications {

    /** What the facts need of the person whose record holds them. */
    public interface Person {

        StaffId staffId();

        Subject subject();
    }

    private final Person person;
    private QualificationsRecorded current;
    private final Set<LocalDate> passes = new TreeSet<>();
    private final Map<Integer, Boolean> education = new HashMap<>();

    public Qualifications(Person person) {
        this.person = person;
    }

    /** What a snapshot of the person's record keeps of these facts. */
    public record State(QualificationsRecorded current, Set<LocalDate> passes, Map<Integer, Boolean> education) {
    }

    public State snapshot() {
        return new State(current, new TreeSet<>(passes), new HashMap<>(education));
    }

    public static Qualifications restore(State state, Person person) {
        Qualifications facts = new Qualifications(person);
        if (state != null) {
            facts.current = state.current();
            if (state.passes() != null) facts.passes.addAll(state.passes());
            if (state.education() != null) facts.education.putAll(state.education());
        }
        return facts;
    }

    @CommandHandler
    void handle(RecordQualifications command, MetaData metaData, Clock clock) {
        Operation.RECORD_QUALIFICATIONS.check(Actor.from(metaData), person.subject());
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().present("education", command.education())
                .notFuture("titleObtainedOn", command.titleObtainedOn(), today)
                .optionalText("exceptional.achievement", command.exceptionalAchievement());
        if (command.exceptionalAchievement() != null) {
            checks.notFuture("exceptional.recordedOn", command.exceptionalRecordedOn(), today);
        } else if (command.exceptionalRecordedOn() != null) {
            checks.add(FieldProblem.of("exceptional.achievement", "REQUIRED"));
        }
        checks.orRefuse();
        QualificationsRecorded recorded = new QualificationsRecorded(person.staffId(), command.education(),
                command.titleObtainedOn(), command.exceptionalAchievement() == null ? null
                : command.exceptionalAchievement().strip(), command.exceptionalRecordedOn());
        if (!recorded.equals(current)) apply(recorded);
    }

    @CommandHandler
    void handle(RecordExamPass command, MetaData metaData, Clock clock) {
        Operation.RECORD_QUALIFICATIONS.check(Actor.from(metaData), person.subject());
        new Checks().notFuture("passedOn", command.passedOn(), LocalDate.now(clock)).orRefuse();
        if (!passes.contains(command.passedOn())) apply(new ExamPassRecorded(person.staffId(), command.passedOn()));
    }

    @CommandHandler
    void handle(RecordContinuingEducation command, MetaData metaData, Clock clock) {
        Operation.RECORD_QUALIFICATIONS.check(Actor.from(metaData), person.subject());
        int thisYear = LocalDate.now(clock).getYear();
        new Checks().within("year", command.year(), 2000, thisYear).present("met", command.met()).orRefuse();
        if (!Objects.equals(education.get(command.year()), command.met())) {
            apply(new ContinuingEducationRecorded(person.staffId(), command.year(), command.met()));
        }
    }

    @EventSourcingHandler
    void on(QualificationsRecorded event) {
        current = event;
    }

    @EventSourcingHandler
    void on(ExamPassRecorded event) {
        passes.add(event.passedOn());
    }

    @EventSourcingHandler
    void on(ContinuingEducationRecorded event) {
        education.put(event.year(), event.met());
    }
}
