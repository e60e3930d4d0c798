package cn.nengshang.ledger.staff.web;

import cn.nengshang.ledger.casework.query.CaseRepository;
import cn.nengshang.ledger.casework.query.CaseRow;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.web.Spreadsheets;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.organisation.Organisation;
import cn.nengshang.ledger.term.query.ProgressTable;
import cn.nengshang.policy.progress.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The public notice (公示名单) as it is printed and posted: who is on notice, for what, from when to when, and where
 * their term's tasks stood; as a workbook for a span of days and as a PDF, for the span or for one case.
 */
@RestController
class NoticeDocuments {

    private final CaseRepository cases;
    private final PeopleDirectory people;
    private final ProgressTable progress;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;
    private final NoticePdf pdf;
    /** A notice list spans at most a year and a day by default: a longer span is a mistake, not a list to print. */
    private final int maxSpanDays;

    NoticeDocuments(CaseRepository cases, PeopleDirectory people, ProgressTable progress, Organisation organisation,
                    MessageSource messages, Clock clock, NoticePdf pdf,
                    @Value("${nengshang.notices.max-span-days:366}") int maxSpanDays) {
        this.maxSpanDays = maxSpanDays;
        this.cases = cases;
        this.people = people;
        this.progress = progress;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
        this.pdf = pdf;
    }

    /** One line of the notice, in the reader's language. */
    record Line(String caseId, String kind, String staffId, String name, String institution, String department,
                String postGrade, LocalDate startsOn, LocalDate endsOn, String completion, String failed) {
    }

    @GetMapping(path = "/api/v1/notices.xlsx", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    Actor actor) {
        LocalDate[] span = span(from, to);
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = lines(cases.noticedBetween(span[0], span[1]), locale).stream()
                .map(l -> List.<Object>of(l.caseId(), l.kind(), l.staffId(), text(l.name()), l.institution(),
                        l.department(), l.postGrade(), l.startsOn(), l.endsOn(), l.completion(), l.failed()))
                .toList();
        return Spreadsheets.download("notices-" + span[0] + "-" + span[1] + ".xlsx", "notices", headers(locale), rows);
    }

    @GetMapping(path = "/api/v1/notices.pdf", produces = NoticePdf.PDF)
    ResponseEntity<byte[]> document(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    Actor actor) {
        LocalDate[] span = span(from, to);
        Locale locale = LocaleContextHolder.getLocale();
        String title = message("notice.title", locale) + " " + span[0] + " – " + span[1];
        return NoticePdf.download("notices-" + span[0] + "-" + span[1] + ".pdf",
                pdf.render(title, message("notice.preamble", locale), headers(locale),
                        lines(cases.noticedBetween(span[0], span[1]), locale), message("notice.objections", locale)));
    }

    /** One case's notice: only a case that has been put on notice has one; the rest of a case file is not public. */
    @GetMapping(path = "/api/v1/cases/{caseId}/notice.pdf", produces = NoticePdf.PDF)
    ResponseEntity<byte[]> ofCase(@PathVariable CaseId caseId, Actor actor) {
        CaseRow row = cases.findById(caseId.toString()).filter(c -> c.noticeStartsOn() != null)
                .orElseThrow(() -> new LedgerException(ErrorCode.CASE_NOT_FOUND, caseId.toString()));
        Locale locale = LocaleContextHolder.getLocale();
        return NoticePdf.download(caseId + "-notice.pdf", pdf.render(message("notice.title", locale),
                message("notice.preamble", locale), headers(locale), lines(List.of(row), locale),
                message("notice.objections", locale)));
    }

    private LocalDate[] span(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        LocalDate start = from == null ? (to == null ? today : to) : from;
        LocalDate end = to == null ? (from == null ? today : from.plusDays(maxSpanDays - 1L)) : to;
        List<FieldProblem> problems = new ArrayList<>();
        if (end.isBefore(start)) problems.add(FieldProblem.of("to", "BEFORE_START"));
        else if (start.plusDays(maxSpanDays).isBefore(end)) problems.add(FieldProblem.of("to", "SPAN_TOO_LONG", maxSpanDays));
        LedgerException.failIfAny(problems);
        return new LocalDate[]{start, end};
    }

    private List<Line> lines(List<CaseRow> rows, Locale locale) {
        Map<String, String> names = new HashMap<>();
        organisation.institutions().forEach(i -> {
            names.put(i.institutionId(), i.name());
            i.departments().forEach(d -> names.put(i.institutionId() + "/" + d.departmentId(), d.name()));
        });
        return rows.stream().map(c -> {
            String name = people.find(StaffId.of(c.staffId())).map(PersonOnRecord::name).orElse(c.staffId());
            ProgressTable.TermRow term = progress.latestOf(c.staffId()).orElse(null);
            return new Line(c.caseId(), message("notice.kind." + c.kind(), locale), c.staffId(), name,
                    names.getOrDefault(c.institutionId(), c.institutionId()),
                    names.getOrDefault(c.institutionId() + "/" + c.departmentId(), c.departmentId()),
                    c.decidedPostGrade() == null ? "" : String.valueOf(c.decidedPostGrade()), c.noticeStartsOn(),
                    c.noticeEndsOn(), term == null ? "" : completion(term, locale),
                    term == null ? "" : String.join(", ", term.failed()));
        }).toList();
    }

    /** "已完成 9 / 22 项（截至 2026-09-30）": tasks met of those that apply, as of the projection's day. */
    private String completion(ProgressTable.TermRow term, Locale locale) {
        int met = term.statuses().getOrDefault(Status.MET, 0);
        int applicable = term.statuses().entrySet().stream().filter(e -> e.getKey() != Status.NOT_APPLICABLE)
                .mapToInt(Map.Entry::getValue).sum();
        return messages.getMessage("notice.completion", new Object[]{met, applicable, String.valueOf(term.asOf())}, locale);
    }

    private List<String> headers(Locale locale) {
        return List.of("caseId", "kind", "staffId", "name", "institution", "department", "postGrade", "startsOn",
                "endsOn", "completion", "failed").stream().map(h -> message("notice.column." + h, locale)).toList();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
