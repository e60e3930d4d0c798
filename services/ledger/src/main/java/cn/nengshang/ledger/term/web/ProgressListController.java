package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.PageView;
import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.term.query.ProgressListing;
import cn.nengshang.policy.progress.Status;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProgressListController {

    private final ProgressListing listing;

    ProgressListController(ProgressListing listing) {
        this.listing = listing;
    }

    /** One row per term, where it stands today; scoped readers see only their own staff. */
    @GetMapping("/api/v1/progress")
    PageView<ProgressListing.Row> list(@RequestParam(required = false) String institution,
                                       @RequestParam(required = false) String department,
                                       @RequestParam(required = false) Status status,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "50") int size,
                                       Actor actor) {
        ReadScope scope = ReadScope.of(actor, institution, department);
        return listing.list(scope, status, Paging.of(page, size));
    }
}
