package cn.nengshang.ledger.staff.web;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.common.web.Spreadsheets;
import cn.nengshang.ledger.term.query.ProgressListing;
import cn.nengshang.ledger.term.query.ProgressTable;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.progress.Status;
import cn.nengshang.policy.rules.PolicyLoader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * HR's lists and dashboards: the terms of the staff, from the task-progress projection, with their appointment
 * state; scoped readers see only their own staff.
 */
@RestController
class ProgressListController {

    /** The export's columns: who and where, the term, how many tasks stand how, which are behind or failed. */
    private static final String[] EXPORTED = {"termId", "staffId", "name", "institutionId", "departmentId", "rank",
            "family", "state", "policyId", "termMonth", "asOf", "MET", "ON_TRACK", "BEHIND", "FAILED", "PENDING",
            "NOT_APPLICABLE", "behind", "failed", "openCaseId", "inRectification"};

    private final ProgressListing listing;
    private final MessageSource messages;
    /** The most rows an export holds: a county's seniors many times over; a larger list is to be filtered. */
    private final int maxExportRows;

    ProgressListController(ProgressListing listing, MessageSource messages,
                           @Value("${nengshang.export.max-rows:20000}") int maxExportRows) {
        this.listing = listing;
        this.messages = messages;
        this.maxExportRows = maxExportRows;
    }

    /**
     * One row per term. {@code status} alone keeps terms with a task of that status; with {@code task}, terms whose
     * task has it; {@code state} is the appointment state.
     */
    @GetMapping("/api/v1/progress")
    ProgressListing.Page list(@RequestParam(required = false) String institution,
                              @RequestParam(required = false) String department,
                              @RequestParam(required = false) Status status,
                              @RequestParam(required = false) String task,
                              @RequestParam(required = false) Rank rank,
                              @RequestParam(required = false) TaskFamily family,
                              @RequestParam(required = false) AppointmentState state,
                              @RequestParam(defaultValue = "TERM") ProgressTable.Sort sort,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size,
                              Actor actor) {
        ProgressTable.Filter filter = filter(actor, institution, department, status, task, rank, family, state);
        return listing.list(filter, sort, Paging.of(page, size));
    }

    /**
     * The same list, every row of it, as a workbook for a meeting (headers in the caller's language): the filters
     * and scope of the list; at most {@code nengshang.export.max-rows} rows (20,000), a larger list is refused.
     */
    @GetMapping(path = "/api/v1/progress.xlsx", produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> export(@RequestParam(required = false) String institution,
                                  @RequestParam(required = false) String department,
                                  @RequestParam(required = false) Status status,
                                  @RequestParam(required = false) String task,
                                  @RequestParam(required = false) Rank rank,
                                  @RequestParam(required = false) TaskFamily family,
                                  @RequestParam(required = false) AppointmentState state,
                                  @RequestParam(defaultValue = "TERM") ProgressTable.Sort sort,
                                  Actor actor) {
        ProgressTable.Filter filter = filter(actor, institution, department, status, task, rank, family, state);
        List<ProgressListing.Row> rows = new ArrayList<>();
        for (int page = 0; ; page++) {
            ProgressListing.Page found = listing.list(filter, sort, Paging.of(page, Paging.MAX_SIZE));
            if (found.total() > maxExportRows) {
                throw new LedgerException(ErrorCode.VALIDATION_FAILED,
                        List.of(FieldProblem.of("rows", "TOO_MANY", maxExportRows)));
            }
            rows.addAll(found.items());
            if (found.items().size() < Paging.MAX_SIZE || rows.size() >= found.total()) break;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = Arrays.stream(EXPORTED).map(c -> messages.getMessage("sheet.progress." + c, null, c,
                locale)).toList();
        return Spreadsheets.download("progress.xlsx", "progress", headers,
                rows.stream().map(row -> cells(row, locale)).toList());
    }

    private List<Object> cells(ProgressListing.Row row, Locale locale) {
        List<Object> cells = new ArrayList<>(List.of(row.termId(), row.staffId(), nonNull(row.name()),
                row.institutionId(), row.departmentId(), nonNull(row.rank()), nonNull(row.family()),
                nonNull(row.state()), nonNull(row.policyId()), row.termMonth(),
                row.asOf() == null ? "" : row.asOf().toString()));
        for (Status counted : List.of(Status.MET, Status.ON_TRACK, Status.BEHIND, Status.FAILED, Status.PENDING,
                Status.NOT_APPLICABLE)) {
            cells.add(row.statuses() == null ? 0 : row.statuses().getOrDefault(counted, 0));
        }
        cells.add(String.join(", ", row.behind() == null ? List.of() : row.behind()));
        cells.add(String.join(", ", row.failed() == null ? List.of() : row.failed()));
        cells.add(nonNull(row.openCaseId()));
        cells.add(messages.getMessage("sheet.progress." + (row.inRectification() ? "yes" : "no"), null, locale));
        return cells;
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static ProgressTable.Filter filter(Actor actor, String institution, String department, Status status,
                                               String task, Rank rank, TaskFamily family, AppointmentState state) {
        ReadScope scope = ReadScope.of(actor, institution, department);
        if (task != null && !PolicyLoader.SCHEME_TASKS.contains(task)) {
            LedgerException.failIfAny(List.of(FieldProblem.of("task", "UNKNOWN_TASK", task)));
        }
        return new ProgressTable.Filter(scope, status, task, rank == null ? null : rank.name(),
                family == null ? null : family.name(), state == null ? null : state.name());
    }

    /** Counts by institution, or by department within one institution, for dashboards. */
    @GetMapping("/api/v1/progress/summary")
    ProgressListing.Summary summary(@RequestParam(required = false) String institution,
                                    @RequestParam(required = false) String department, Actor actor) {
        return listing.summary(ReadScope.of(actor, institution, department));
    }
}
