package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until advanced, and never goes back. */
public class SimulationClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public SimulationClock(Instant start, ZoneId zone) {
        this.now = new AtomicReference<>(start);
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.fixed(instant(), other);
    }

    /** Moves time forward to {@code target}; refuses to move it back. */
    public void advanceTo(Instant target) {
        now.getAndUpdate(current -> {
            if (target.isBefore(current)) {
                throw new LedgerException(ErrorCode.VALIDATION_FAILED,
                        List.of(FieldProblem.of("advanceTo", "CLOCK_BACKWARDS", current.toString())));
            }
            return target;
        });
    }
}
