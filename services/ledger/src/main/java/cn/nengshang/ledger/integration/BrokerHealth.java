package cn.nengshang.ledger.integration;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The Kafka broker in the service's health: DOWN while it cannot be reached. It is not part of readiness, so the
 * HTTP API goes on serving while the broker is away; what is to be published waits, and nothing is lost.
 */
public class BrokerHealth implements HealthIndicator, DisposableBean {

    private final AdminClient admin;
    private final Duration wait;

    /** A broker that has not answered within {@code wait} is taken for away. */
    public BrokerHealth(Map<String, Object> settings, Duration wait) {
        this.admin = AdminClient.create(settings);
        this.wait = wait;
    }

    @Override
    public Health health() {
        try {
            int nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) wait.toMillis()))
                    .nodes().get(wait.toMillis() + 500, TimeUnit.MILLISECONDS).size();
            return Health.up().withDetail("brokers", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("broker", "unreachable").build();
        } catch (Exception e) {
            return Health.down().withDetail("broker", "unreachable").build();
        }
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(2));
    }
}
