package cn.nengshang.ledger.staff.web;

import cn.nengshang.ledger.appointment.api.AppointmentState;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.term.query.ProgressListing;
import cn.nengshang.ledger.term.query.ProgressTable;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.progress.Status;
import cn.nengshang.policy.rules.PolicyLoader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * HR's lists and dashboards: the terms of the staff, from the task-progress projection, with their appointment
 * state; scoped readers see only their own staff.
 */
@RestController
class ProgressListController {

    private final ProgressListing listing;

    ProgressListController(ProgressListing listing) {
        this.listing = listing;
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
        ReadScope scope = ReadScope.of(actor, institution, department);
        Paging paging = Paging.of(page, size);
        if (task != null && !PolicyLoader.SCHEME_TASKS.contains(task)) {
            LedgerException.failIfAny(List.of(FieldProblem.of("task", "UNKNOWN_TASK", task)));
        }
        return listing.list(new ProgressTable.Filter(scope, status, task,
                rank == null ? null : rank.name(), family == null ? null : family.name(),
                state == null ? null : state.name()), sort, paging);
    }

    /** Counts by institution, or by department within one institution, for dashboards. */
    @GetMapping("/api/v1/progress/summary")
    ProgressListing.Summary summary(@RequestParam(required = false) String institution,
                                    @RequestParam(required = false) String department, Actor actor) {
        return listing.summary(ReadScope.of(actor, institution, department));
    }
}
