package cn.nengshang.ledger.assessment.web;

import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.ErrorCode;
import com.fasterxml.jackson.databind.JsonNode;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.assessment.api.RecordIncident;
import cn.nengshang.ledger.assessment.query.IncidentRepository;
import cn.nengshang.ledger.assessment.query.IncidentRow;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Responsibility;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/staff/{staffId}")
class AssessmentController {

    private final Commands commands;
    private final PeopleDirectory access;
    private final IncidentRepository incidents;

    AssessmentController(Commands commands, PeopleDirectory access, IncidentRepository incidents) {
        this.commands = commands;
        this.access = access;
        this.incidents = incidents;
    }

    record RatingRequest(AnnualRating rating) {
    }

    record Rated(String staffId, int year, AnnualRating rating) {
    }

    /** COMMISSION: the annual rating (年度考核) of a year that has begun; once per year. */
    @PutMapping("/annual-ratings/{year}")
    Rated rate(@PathVariable StaffId staffId, @PathVariable int year, @RequestBody RatingRequest request,
               Actor actor) {
        commands.send(new RecordAnnualRating(staffId, year, request.rating()), actor);
        return new Rated(staffId.value(), year, request.rating());
    }

    /**
     * {@code grade}: the accident or damage grade 1-4, or SERIOUS / MINOR for a breach of the review rules (API
     * "Promotion"); {@code effectiveOn}: the day an appraisal or finding took effect.
     */
    record IncidentRequest(IncidentType type, LocalDate occurredOn, JsonNode grade, Responsibility responsibility,
                           LocalDate impactUntil, String description, LocalDate effectiveOn) {
    }

    record IncidentId(String incidentId) {
    }

    /** HR centre, or the person's institution: record an incident of any type with its fields. */
    @PostMapping("/incidents")
    @ResponseStatus(HttpStatus.CREATED)
    IncidentId incident(@PathVariable StaffId staffId, @RequestBody IncidentRequest request, Actor actor) {
        JsonNode grade = request.grade() == null || request.grade().isNull() ? null : request.grade();
        if (grade != null && !grade.isInt() && !grade.isTextual()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("grade", "INVALID")));
        }
        return new IncidentId(commands.send(new RecordIncident(staffId, request.type(), request.occurredOn(),
                grade != null && grade.isInt() ? grade.intValue() : null, request.responsibility(),
                request.impactUntil(), request.description(), grade != null && grade.isTextual() ? grade.asText() : null,
                request.effectiveOn()), actor));
    }

    @GetMapping("/incidents")
    List<IncidentRow.View> incidents(@PathVariable StaffId staffId, Actor actor) {
        access.readable(staffId, actor);
        return incidents.findByStaffIdOrderByOccurredOn(staffId.value()).stream().map(IncidentRow::view).toList();
    }
}
