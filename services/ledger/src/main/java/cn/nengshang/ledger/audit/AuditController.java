package cn.nengshang.ledger.audit;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.PageView;
import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.common.Subject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** ADMIN: the audit, newest first, by actor, outcome, path and time. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/admin/audit")
    PageView<AuditLog.Entry> list(@RequestParam(required = false) String actor,
                                  @RequestParam(required = false) AuditLog.Outcome outcome,
                                  @RequestParam(required = false) String path,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                  @RequestParam(defaultValue = "0") int page,
                                  @RequestParam(defaultValue = "50") int size, Actor reader) {
        Operation.READ_AUDIT.check(reader, Subject.CONSORTIUM);
        return audit.list(new AuditLog.Filter(actor, outcome, path, from, to), Paging.of(page, size));
    }
}
