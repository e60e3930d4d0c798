package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.web.JsonBodies;
import cn.nengshang.ledger.staff.api.Baselines;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.staff.query.StaffAccess;
import cn.nengshang.ledger.staff.query.StaffRow;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.query.ProgressQueries;
import cn.nengshang.ledger.term.query.ReportVersion;
import cn.nengshang.ledger.term.query.ReportVersionRepository;
import cn.nengshang.ledger.term.query.TermRepository;
import cn.nengshang.ledger.term.query.TermRow;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

@RestController
@RequestMapping("/api/v1/terms")
class TermController {

    private static final String CORRECTION_REASON = "correctionReason";

    private final Commands commands;
    private final TermRepository terms;
    private final ReportVersionRepository reports;
    private final StaffAccess access;
    private final ProgressQueries progress;
    private final JsonBodies bodies;
    private final Clock clock;

    TermController(Commands commands, TermRepository terms, ReportVersionRepository reports, StaffAccess access,
                   ProgressQueries progress, JsonBodies bodies, Clock clock) {
        this.commands = commands;
        this.terms = terms;
        this.reports = reports;
        this.access = access;
        this.progress = progress;
        this.bodies = bodies;
        this.clock = clock;
    }

    record ReportedMonth(YearMonth month, int version, Instant recordedAt, String recordedBy) {
    }

    record TermView(String termId, String staffId, String policyId, YearMonth startMonth, YearMonth endMonth,
                    int months, int postGrade, Baselines baselines, List<ReportedMonth> reports) {
    }

    @GetMapping("/{termId}")
    @Transactional(readOnly = true)
    TermView get(@PathVariable TermId termId, Actor actor) {
        TermRow term = readable(termId, actor).term();
        BinaryOperator<ReportVersion> later = (a, b) -> a.version() >= b.version() ? a : b;
        List<ReportedMonth> months = reports.history(term.termId()).stream()
                .collect(Collectors.toMap(ReportVersion::month, v -> v, later)).values().stream()
                .sorted(Comparator.comparing(ReportVersion::month))
                .map(v -> new ReportedMonth(v.month(), v.version(), v.recordedAt(), v.recordedBy()))
                .toList();
        return new TermView(term.termId(), term.staffId(), term.policyId(), term.startMonth(),
                term.startMonth().plusMonths(term.months() - 1L), term.months(), term.postGrade(), term.baselines(),
                months);
    }

    record ReportAnswer(String termId, YearMonth month, int version, ReportReceipt.Outcome outcome) {
    }

    /**
     * Department (own staff) or HR centre: submit a month's report. The first submission answers 201; an
     * identical one 200 with nothing written; a changed one is a correction and needs correctionReason.
     */
    @PutMapping("/{termId}/monthly-reports/{month}")
    ResponseEntity<ReportAnswer> submit(@PathVariable TermId termId, @PathVariable String month,
                                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                                                schema = @Schema(implementation = MonthlyReport.class)),
                                                description = "the report's fields, and correctionReason for a correction")
                                        @RequestBody ObjectNode body,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        Actor actor) {
        YearMonth reportMonth = month(month);
        String reason = body.path(CORRECTION_REASON).isTextual() ? body.path(CORRECTION_REASON).asText() : null;
        MonthlyReport report = bodies.read(body.without(CORRECTION_REASON), MonthlyReport.class);
        ReportReceipt receipt;
        try {
            receipt = commands.send(new SubmitMonthlyReport(termId, reportMonth, report, reason, version(ifMatch)),
                    actor);
        } catch (AggregateNotFoundException e) {
            throw new LedgerException(ErrorCode.TERM_NOT_FOUND);
        }
        HttpStatus status = receipt.outcome() == ReportReceipt.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).eTag(Integer.toString(receipt.version()))
                .body(new ReportAnswer(termId.toString(), reportMonth, receipt.version(), receipt.outcome()));
    }

    record ReportDocument(String termId, YearMonth month, int version, Instant recordedAt, String recordedBy,
                          String correctionReason, @JsonUnwrapped MonthlyReport report) {
    }

    @GetMapping("/{termId}/monthly-reports/{month}")
    @Transactional(readOnly = true)
    ResponseEntity<ReportDocument> report(@PathVariable TermId termId, @PathVariable String month, Actor actor) {
        YearMonth reportMonth = month(month);
        TermRow term = readable(termId, actor).term();
        ReportVersion latest = reports.latestVersion(term.termId(), reportMonth.toString())
                .flatMap(v -> reports.findByTermIdAndMonthAndVersion(term.termId(), reportMonth.toString(), v))
                .orElseThrow(() -> new LedgerException(ErrorCode.REPORT_NOT_FOUND, reportMonth.toString()));
        return ResponseEntity.ok().eTag(Integer.toString(latest.version()))
                .body(new ReportDocument(term.termId(), reportMonth, latest.version(), latest.recordedAt(),
                        latest.recordedBy(), latest.correctionReason(), latest.report()));
    }

    /** The term's progress as the record stood at the end of {@code asOf} (today by default). */
    @GetMapping("/{termId}/progress")
    ProgressView progress(@PathVariable TermId termId,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          Actor actor) {
        Readable readable = readable(termId, actor);
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return ProgressView.of(termId.toString(), progress.progress(readable.term(), readable.person(), day),
                LocaleContextHolder.getLocale());
    }

    private record Readable(TermRow term, StaffRow person) {
    }

    private Readable readable(TermId termId, Actor actor) {
        StaffRow person;
        try {
            person = access.readable(termId.staffId(), actor);
        } catch (LedgerException e) {
            throw e.code() == ErrorCode.STAFF_NOT_FOUND ? new LedgerException(ErrorCode.TERM_NOT_FOUND) : e;
        }
        TermRow term = terms.findById(termId.toString())
                .orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
        return new Readable(term, person);
    }

    private static YearMonth month(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("month", "MONTH_FORMAT")));
        }
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
