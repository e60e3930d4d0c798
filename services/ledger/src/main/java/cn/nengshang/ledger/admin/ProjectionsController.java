package cn.nengshang.ledger.admin;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.term.query.TaskProgressCheck;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/v1/admin/projections")
class ProjectionsController {

    private final Projections projections;

    ProjectionsController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    List<Projections.Projection> list(Actor actor) {
        Operation.MANAGE_PROCESSING.check(actor, Subject.CONSORTIUM);
        return projections.all();
    }

    /** Rebuilds the rows from the first event, in the background: 202, and the list shows it replaying. */
    @PostMapping("/{name}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Projections.Projection replay(@PathVariable String name, Actor actor) {
        Operation.MANAGE_PROCESSING.check(actor, Subject.CONSORTIUM);
        return projections.replay(name);
    }

    @GetMapping("/{name}/check")
    TaskProgressCheck.Result check(@PathVariable String name, Actor actor) {
        Operation.MANAGE_PROCESSING.check(actor, Subject.CONSORTIUM);
        return projections.check(name);
    }
}
