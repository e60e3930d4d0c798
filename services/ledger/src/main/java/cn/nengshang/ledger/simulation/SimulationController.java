package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.ReadModelBarrier;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;

/** Simulation only: read and advance the clock (ADMIN). */
@RestController
@RequestMapping("/api/v1/sim/clock")
@Profile("simulation")
class SimulationController {

    private final SimulationClock clock;
    private final SimulatedTime time;
    private final ReadModelBarrier barrier;

    SimulationController(SimulationClock clock, SimulatedTime time, ReadModelBarrier barrier) {
        this.clock = clock;
        this.time = time;
        this.barrier = barrier;
    }

    record Now(OffsetDateTime now) {
    }

    record Advance(OffsetDateTime advanceTo) {
    }

    @GetMapping
    Now now(Actor actor) {
        return new Now(OffsetDateTime.ofInstant(clock.instant(), clock.getZone()));
    }

    /** Moves time forward, fires every deadline due on the way in order, and waits for the read models. */
    @PostMapping
    Now advance(@RequestBody Advance request, Actor actor) {
        Operation.MOVE_CLOCK.check(actor, Subject.CONSORTIUM);
        if (request.advanceTo() == null) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("advanceTo", "REQUIRED")));
        }
        time.advanceTo(request.advanceTo().toInstant());
        barrier.awaitCaughtUp();
        return now(actor);
    }
}
