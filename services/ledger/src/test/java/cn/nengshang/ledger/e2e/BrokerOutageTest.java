package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker goes away (kill -9) while the API takes 100 changes, and the service itself is restarted half-way:
 * once the broker is back, every integration event of those changes arrives, in the record's order per staff id;
 * repeats are allowed, each with its id. The broker stays away for at least {@code battery.broker-outage} (30 s in
 * {@code mvn verify}; the battery's setting is {@code -Dbattery.broker-outage=PT120S}).
 */
class BrokerOutageTest {

    private static final YearMonth THIS_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));
    private static final Duration OUTAGE = Duration.parse(System.getProperty("battery.broker-outage", "PT30S"));
    private ConfigurableApplicationContext service;

    private ConfigurableApplicationContext start(String data, String bootstrap) {
        return new SpringApplicationBuilder(NengshangApplication.class).profiles("local")
                .run("--server.port=0", "--nengshang.data-dir=" + data, "--nengshang.db.url=",
                        "--nengshang.demo=false", "--nengshang.kafka.bootstrap=" + bootstrap,
                        "--nengshang.kafka.delivery-timeout=PT5S");
    }

    private static Api hr(ConfigurableApplicationContext service) {
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        return new Api(port).as("hr-officer", null, null, "HR_CENTER");
    }

    private static Api commission(ConfigurableApplicationContext service) {
        int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
        return new Api(port).as("commission", null, null, "COMMISSION");
    }

    /** 25 seniors, each registered with a term (an appointment moved) and rated for last year: 50 changes. */
    private static void fiftyChanges(ConfigurableApplicationContext service, String prefix) {
        Api hr = hr(service);
        Api commission = commission(service);
        for (int i = 1; i <= 25; i++) {
            String staffId = prefix + "-" + i;
            Scenarios.aSurgeonWithATermFrom(hr, staffId, THIS_MONTH);
            Api.Reply rated = commission.put("/staff/" + staffId + "/annual-ratings/" + (THIS_MONTH.getYear() - 1),
                    Map.of("rating", "COMPETENT"));
            assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
        }
    }

    @AfterEach
    void stop() {
        if (service != null) service.close();
    }

    @Test
    void whatIsWrittenWhileTheBrokerIsAwayArrivesOnceItIsBackThroughARestartOfTheService() throws Exception {
        try (StandaloneBroker broker = new StandaloneBroker()) {
            broker.start();
            String data = Files.createTempDirectory("outage").toString();
            service = start(data, broker.bootstrap());

            broker.kill();
            Instant away = Instant.now();
            fiftyChanges(service, "OUT-A");
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            Api operator = Api.server(port).bearer(new Api(port).as("operator", null, null, "ADMIN").token());
            JsonNode health = operator.get("/actuator/health").body();
            assertThat(health.path("components").path("kafka").path("status").asText()).as(health.toString())
                    .isEqualTo("DOWN");
            assertThat(operator.get("/actuator/health/readiness").status()).as("the API still serves").isEqualTo(200);
            assertThat(operator.get("/actuator/metrics/nengshang.integration.publisher.lag").body()
                    .path("measurements").get(0).path("value").asDouble()).as("events not acknowledged")
                    .isGreaterThanOrEqualTo(50);
            service.close();
            service = start(data, broker.bootstrap());
            fiftyChanges(service, "OUT-B");
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), away.plus(OUTAGE)).toMillis() + 1));
            Duration outage = Duration.between(away, Instant.now());
            broker.start();

            PublishedEvents.Expected expected = PublishedEvents.expected(service);
            PublishedEvents.Received received = PublishedEvents.receive(broker.bootstrap(), expected, 240);

            assertThat(expected.ids()).as("the 100 changes' integration events").hasSize(100);
            assertThat(received.missing()).as("integration events lost").isEmpty();
            assertThat(received.outOfOrder()).as("staff ids whose messages came out of order").isEmpty();
            assertThat(received.invalid()).isEmpty();
            System.out.printf("broker outage of %d s: %d integration events written while the broker was away,"
                            + " %d messages received, %d of them repeats, %d missing%n", outage.toSeconds(),
                    expected.ids().size(), received.messages(), received.repeats(), received.missing().size());
        }
    }
}
