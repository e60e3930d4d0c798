package cn.nengshang.ledger.admin;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** ADMIN: what the processors parked, and handing it to them again once its cause is mended. */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
class ProcessingController {

    private final ParkedEvents parked;

    ProcessingController(ParkedEvents parked) {
        this.parked = parked;
    }

    @GetMapping
    List<ParkedEvents.Letter> list(Actor actor) {
        Operation.MANAGE_PROCESSING.check(actor, Subject.CONSORTIUM);
        return parked.all();
    }

    @PostMapping("/{group}/retry")
    ParkedEvents.Retried retry(@PathVariable String group, Actor actor) {
        Operation.MANAGE_PROCESSING.check(actor, Subject.CONSORTIUM);
        return parked.retry(group);
    }
}
