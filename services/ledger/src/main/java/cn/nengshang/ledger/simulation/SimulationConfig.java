package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.common.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Instant;
import java.time.OffsetDateTime;

@Configuration(proxyBeanMethods = false)
@Profile("simulation")
class SimulationConfig {

    /** Starts at NENGSHANG_SIM_START (an instant with offset), or now when it is unset. */
    @Bean
    SimulationClock clock(@Value("${nengshang.simulation.start:}") String start) {
        Instant from = start == null || start.isBlank() ? Instant.now() : OffsetDateTime.parse(start).toInstant();
        return new SimulationClock(from, BusinessTime.ZONE);
    }
}
