package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.api.StartTerm;
import cn.nengshang.ledger.term.api.TermOpened;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.DomainRange;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.web.JsonBodies;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.query.RecordReader;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.term.record.TermRecord;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.Achievement;
import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.facts.Project;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.intake.ReportRequest;
import cn.nengshang.ledger.term.query.ProgressQueries;
import cn.nengshang.ledger.term.query.ReportVersion;
import cn.nengshang.ledger.term.query.ReportVersionRepository;
import cn.nengshang.ledger.term.query.TermRow;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.PostMapping;
import java.net.URI;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

@RestController
class TermController {

    private final TermCommands commands;
    private final ReportVersionRepository reports;
    private final TermAccess access;
    private final RecordReader records;
    private final ProgressQueries progress;
    private final JsonBodies bodies;
    private final ExplanationText explanations;
    private final Clock clock;

    TermController(TermCommands commands, ReportVersionRepository reports, TermAccess access, RecordReader records,
                   ProgressQueries progress, JsonBodies bodies, ExplanationText explanations, Clock clock) {
        this.commands = commands;
        this.reports = reports;
        this.access = access;
        this.records = records;
        this.progress = progress;
        this.bodies = bodies;
        this.explanations = explanations;
        this.clock = clock;
    }

    record StartTermRequest(YearMonth startMonth, Integer months, Integer postGrade, Baselines baselines) {
    }

    /** HR centre: start an appointment term; it binds to the policy version in force at its start. */
    @PostMapping("/api/v1/staff/{staffId}/terms")
    ResponseEntity<TermOpened> startTerm(@PathVariable StaffId staffId, @RequestBody StartTermRequest request,
                                         Actor actor) {
        TermOpened opened = commands.sendForPerson(new StartTerm(staffId, request.startMonth(), request.months(),
                request.postGrade(), request.baselines()), actor);
        return ResponseEntity.created(URI.create("/api/v1/terms/" + opened.termId())).body(opened);
    }

    record ReportedMonth(YearMonth month, int version) {
    }

    record TermView(String termId, String staffId, String policyId, YearMonth startMonth, YearMonth endMonth,
                    int months, int postGrade, Rank rank, TaskFamily family, boolean surgical, Baselines baselines,
                    List<ReportedMonth> reports, List<Mentee> mentees, List<Project> projects,
                    List<Achievement> achievements, List<LocalDate> exemptWeeks,
                    List<QuarterlyVerdictRecorded> verdicts) {
    }

    /** The term as recorded now: its reports' versions, its registers and its quarterly verdicts. */
    @GetMapping("/api/v1/terms/{termId}")
    TermView get(@PathVariable TermId termId, Actor actor) {
        access.readable(termId, actor);
        TermRecord record = records.term(termId, clock.instant().plusMillis(1))
                .orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
        TermStarted start = record.start();
        return new TermView(termId.toString(), termId.staffId().value(), start.policyId(), start.startMonth(),
                record.calendar().endMonth(), start.months(), start.postGrade(), start.rank(), start.family(),
                start.surgical(), record.baselines(),
                record.reports().entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new ReportedMonth(e.getKey(), e.getValue().version())).toList(),
                record.mentees(), record.projects(), record.achievements(),
                record.exemptWeeks().stream().sorted().toList(), record.verdicts());
    }

    record ReportAnswer(String termId, YearMonth month, int version, ReportReceipt.Outcome outcome) {
    }

    /**
     * Department (own staff) or HR centre: submit a month's report. The first submission answers 201; an
     * identical one 200 with nothing written; a changed one is a correction and needs correctionReason.
     */
    @PutMapping("/api/v1/terms/{termId}/monthly-reports/{month}")
    ResponseEntity<ReportAnswer> submit(@PathVariable TermId termId, @PathVariable String month,
                                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                schema = @Schema(implementation = MonthlyReport.class)),
                                                description = "the report's fields, and correctionReason for a correction")
                                        @RequestBody ObjectNode body,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        Actor actor) {
        YearMonth reportMonth = month(month);
        ReportRequest request = ReportRequest.read(bodies, body);
        ReportReceipt receipt = commands.send(new SubmitMonthlyReport(termId, reportMonth, request.report(),
                request.correctionReason(), version(ifMatch)), actor);
        HttpStatus status = receipt.outcome() == ReportReceipt.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).eTag(Integer.toString(receipt.version()))
                .body(new ReportAnswer(termId.toString(), reportMonth, receipt.version(), receipt.outcome()));
    }

    record ReportDocument(String termId, YearMonth month, int version, Instant recordedAt, String recordedBy,
                          String correctionReason, @JsonUnwrapped MonthlyReport report) {
    }

    @GetMapping("/api/v1/terms/{termId}/monthly-reports/{month}")
    ResponseEntity<ReportDocument> report(@PathVariable TermId termId, @PathVariable String month, Actor actor) {
        YearMonth reportMonth = month(month);
        TermRow term = access.readable(termId, actor).term();
        ReportVersion latest = reports.latestVersion(term.termId(), reportMonth.toString())
                .flatMap(v -> reports.findByTermIdAndMonthAndVersion(term.termId(), reportMonth.toString(), v))
                .orElseThrow(() -> new LedgerException(ErrorCode.REPORT_NOT_FOUND, reportMonth.toString()));
        return ResponseEntity.ok().eTag(Integer.toString(latest.version()))
                .body(new ReportDocument(term.termId(), reportMonth, latest.version(), latest.recordedAt(),
                        latest.recordedBy(), latest.correctionReason(), latest.report()));
    }

    /** The term's progress as the record stood at the end of {@code asOf} (today by default). */
    @GetMapping("/api/v1/terms/{termId}/progress")
    ProgressView progress(@PathVariable TermId termId,
                          @RequestParam(required = false) LocalDate asOf,
                          Actor actor) {
        PersonOnRecord person = access.readable(termId, actor).person();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return ProgressView.of(termId.toString(), progress.progress(termId, person, day),
                explanations, LocaleContextHolder.getLocale());
    }

    static YearMonth month(String value) {
        try {
            YearMonth month = YearMonth.parse(value);
            if (DomainRange.contains(month)) return month;
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("month", "MONTH_FORMAT")));
    }

    /** The version an If-Match header names ({@code "3"} or {@code W/"3"}); a malformed one matches nothing. */
    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
