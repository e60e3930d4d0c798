package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.common.BusinessTime;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.testhelper.SettableClock;
import com.github.kagkarlsson.scheduler.testhelper.TestHelper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Simulated time: a clock that moves only when told, and the same persistent db-scheduler deadlines run by
 * hand on that clock, so that every deadline due on the way fires in order.
 */
@Configuration(proxyBeanMethods = false)
@Profile("simulation")
class SimulationConfig {

    /** Starts at NENGSHANG_SIM_START (an instant with offset), or now when it is unset. */
    @Bean
    SimulationClock clock(@Value("${nengshang.simulation.start:}") String start) {
        Instant from = start == null || start.isBlank() ? Instant.now() : OffsetDateTime.parse(start).toInstant();
        return new SimulationClock(from, BusinessTime.ZONE);
    }

    /** db-scheduler's own scheduler, on the simulated clock and without polling: {@link SimulatedTime} runs it. */
    @Bean
    Scheduler simulatedScheduler(DataSource dataSource, List<Task<?>> tasks, SimulationClock clock) {
        SettableClock settable = new SettableClock();
        settable.set(clock.instant());
        return TestHelper.createManualScheduler(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .clock(settable)
                .build();
    }
}
