package cn.nengshang.ledger.promotion.query;

import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.assessment.api.IncidentRecorded;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.kernel.AppointmentMoved;
import cn.nengshang.ledger.kernel.OpenCaseChanged;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.promotion.api.ContinuingEducationRecorded;
import cn.nengshang.ledger.promotion.api.ExamPassRecorded;
import cn.nengshang.ledger.promotion.api.QualificationsRecorded;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.promotion.PromotionFacts;
import cn.nengshang.policy.promotion.VetoFact;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A person's facts for the title rules as their record stood at a moment: the same events the record keeps, those
 * recorded before the moment, read from the event store — a fact recorded later does not change an answer as of an
 * earlier day.
 */
@Component
public class PromotionRecord {

    private final EventStore eventStore;

    PromotionRecord(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public PromotionFacts read(StaffId staffId, Rank rank, Instant before) {
        DomainEventStream stream = eventStore.readEvents(staffId.value(), 0);
        QualificationsRecorded qualifications = null;
        Map<Integer, AnnualRating> ratings = new TreeMap<>();
        List<LocalDate> passes = new ArrayList<>();
        Map<Integer, Boolean> education = new TreeMap<>();
        List<VetoFact> vetoes = new ArrayList<>();
        Map<String, CaseKind> kinds = new HashMap<>();
        String appointment = null;
        String openCase = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            if (!message.getTimestamp().isBefore(before)) continue;
            Object payload = message.getPayload();
            if (payload instanceof QualificationsRecorded recorded) qualifications = recorded;
            else if (payload instanceof ExamPassRecorded pass) passes.add(pass.passedOn());
            else if (payload instanceof ContinuingEducationRecorded cme) education.put(cme.year(), cme.met());
            else if (payload instanceof AnnualRatingRecorded rating) ratings.put(rating.year(), rating.rating());
            else if (payload instanceof IncidentRecorded incident && incident.type().readByTitleRules()) {
                vetoes.add(new VetoFact("incident " + incident.incidentId(), incident.type().name(),
                        incident.effectiveDay(), incident.grade(), incident.severity(),
                        incident.responsibility() == null ? null : incident.responsibility().name(),
                        incident.type() == IncidentType.SANCTION ? incident.impactUntil() : null));
            }
            if (payload instanceof CaseOpened opened) kinds.put(opened.caseId().toString(), opened.kind());
            if (payload instanceof AppointmentMoved moved) appointment = moved.movedTo();
            if (payload instanceof OpenCaseChanged changed) {
                openCase = changed.openCase() == null ? null : changed.openCase().toString();
            }
        }
        String title = rank == Rank.FULL_SENIOR ? "FULL_SENIOR" : "ASSOCIATE_SENIOR";
        return new PromotionFacts(title, qualifications == null ? null : qualifications.education(),
                qualifications == null ? null : qualifications.titleObtainedOn(),
                qualifications == null ? null : qualifications.exceptionalAchievement(), ratings, passes, education,
                vetoes, appointment, openCase != null && kinds.get(openCase) == CaseKind.DOWNGRADE);
    }
}
