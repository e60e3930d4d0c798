package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.common.ReadModelBarrier;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.testhelper.ManualScheduler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/**
 * Moves simulated time forward deadline by deadline: to the next one due, fires it, waits until its
 * consequences (events, sagas, new deadlines) have settled, and so on up to the target.
 */
@Component
@Profile("simulation")
class SimulatedTime {

    private final SimulationClock clock;
    private final ManualScheduler scheduler;
    private final JdbcTemplate jdbc;
    private final ReadModelBarrier barrier;

    SimulatedTime(SimulationClock clock, Scheduler scheduler, JdbcTemplate jdbc, ReadModelBarrier barrier) {
        this.clock = clock;
        this.scheduler = (ManualScheduler) scheduler;
        this.jdbc = jdbc;
        this.barrier = barrier;
    }

    synchronized void advanceTo(Instant target) {
        barrier.awaitCaughtUp();
        Optional<Instant> next = nextDue();
        while (next.isPresent() && !next.get().isAfter(target)) {
            moveTo(next.get().isBefore(clock.instant()) ? clock.instant() : next.get());
            scheduler.runAnyDueExecutions();
            barrier.awaitCaughtUp();
            next = nextDue();
        }
        moveTo(target);
        barrier.awaitCaughtUp();
    }

    private void moveTo(Instant instant) {
        clock.advanceTo(instant);
        scheduler.setTime(instant);
    }

    private Optional<Instant> nextDue() {
        Timestamp next = jdbc.queryForObject(
                "select min(execution_time) from scheduled_tasks where picked = false", Timestamp.class);
        return Optional.ofNullable(next).map(Timestamp::toInstant);
    }
}
