package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.ExemptWeek;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.ReplaceMentee;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.facts.ProjectKind;
import cn.nengshang.policy.facts.ProjectRole;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The term's registers (名册), kept by the department (own staff) or the HR centre. */
@RestController
@RequestMapping("/api/v1/terms/{termId}")
class RegisterController {

    private final TermCommands commands;

    RegisterController(TermCommands commands) {
        this.commands = commands;
    }

    record MenteeRequest(String menteeId, String name, MenteeTrack track, BigDecimal baselineScore, LocalDate since) {
    }

    record Recorded(String id) {
    }

    @PostMapping("/mentees")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded mentee(@PathVariable TermId termId, @RequestBody MenteeRequest request, Actor actor) {
        commands.send(new RegisterMentee(termId, request.menteeId(), request.name(), request.track(),
                request.baselineScore(), request.since()), actor);
        return new Recorded(request.menteeId());
    }

    record AssessmentRequest(LocalDate date, BigDecimal score) {
    }

    @PostMapping("/mentees/{menteeId}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded assessment(@PathVariable TermId termId, @PathVariable String menteeId,
                        @RequestBody AssessmentRequest request, Actor actor) {
        commands.send(new AssessMentee(termId, menteeId, request.date(), request.score()), actor);
        return new Recorded(menteeId);
    }

    record Replacement(String menteeId, String name, BigDecimal baselineScore) {
    }

    record ReplacementRequest(String reason, Replacement replacedBy) {
    }

    @PostMapping("/mentees/{menteeId}/replacement")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded replacement(@PathVariable TermId termId, @PathVariable String menteeId,
                         @RequestBody ReplacementRequest request, Actor actor) {
        Replacement by = request.replacedBy() == null ? new Replacement(null, null, null) : request.replacedBy();
        commands.send(new ReplaceMentee(termId, menteeId, request.reason(), by.menteeId(), by.name(),
                by.baselineScore()), actor);
        return new Recorded(by.menteeId());
    }

    record ProjectRequest(ProjectKind kind, Level level, ProjectRole role, String title, LocalDate date) {
    }

    @PostMapping("/projects")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded project(@PathVariable TermId termId, @RequestBody ProjectRequest request, Actor actor) {
        return new Recorded(commands.send(new RecordProject(termId, request.kind(), request.level(), request.role(),
                request.title(), request.date()), actor));
    }

    record AchievementRequest(AchievementKind kind, LocalDate date, Level level, BigDecimal value,
                              String description) {
    }

    @PostMapping("/achievements")
    @ResponseStatus(HttpStatus.CREATED)
    Recorded achievement(@PathVariable TermId termId, @RequestBody AchievementRequest request, Actor actor) {
        return new Recorded(commands.send(new RecordAchievement(termId, request.kind(), request.date(),
                request.level(), request.value(), request.description()), actor));
    }

    record ExemptionRequest(LocalDate weekOf, String reason) {
    }

    @PostMapping("/exemptions")
    @ResponseStatus(HttpStatus.CREATED)
    void exemption(@PathVariable TermId termId, @RequestBody ExemptionRequest request, Actor actor) {
        commands.send(new ExemptWeek(termId, request.weekOf(), request.reason()), actor);
    }
}
