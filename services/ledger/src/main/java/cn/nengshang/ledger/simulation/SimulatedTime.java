package cn.nengshang.ledger.simulation;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Moves the simulated clock forward. */
@Component
@Profile("simulation")
class SimulatedTime {

    private final SimulationClock clock;

    SimulatedTime(SimulationClock clock) {
        this.clock = clock;
    }

    void advanceTo(Instant target) {
        clock.advanceTo(target);
    }
}
