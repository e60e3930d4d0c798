package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.staff.api.StaffRegistered;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A write waits for the read models to show its own events, not for everything written after it: with one processor
 * held on a later writer's event, the first write still returns, and what it wrote is there to read.
 */
@SpringBootTest(properties = "nengshang.read-model-wait=PT60S")
class ReadYourWritesTest {

    private static final Actor HR = new Actor("hr-officer", Set.of(Role.HR_CENTER), null, null);
    private static final String HOSPITAL = "cele-people-hospital";
    private static final String SURGERY = "cele-people-hospital.general-surgery";
    private static final CountDownLatch RELEASE = new CountDownLatch(1);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String folder = Files.createTempDirectory("nengshang-ryw").toString();
        registry.add("nengshang.data-dir", () -> folder);
        registry.add("nengshang.db.url", () -> "");
    }

    @TestConfiguration
    static class Held {
        @Bean
        HeldProjection heldProjection() {
            return new HeldProjection();
        }
    }

    /** A read model that cannot pass the later writer's registration until the test lets it. */
    @ProcessingGroup("held")
    static class HeldProjection {
        @EventHandler
        void on(StaffRegistered event) throws InterruptedException {
            if (event.staffId().value().equals("RYW-LATER")) {
                RELEASE.await(2, TimeUnit.MINUTES);
            }
        }
    }

    @Autowired
    Commands commands;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void release() {
        RELEASE.countDown();
    }

    private static RegisterStaff surgeon(String id) {
        return new RegisterStaff(StaffId.of(id), "测试外科医生", HOSPITAL, SURGERY, Rank.ASSOCIATE_SENIOR,
                "副主任医师", Profession.CLINICAL, "0115");
    }

    @Test
    void aWriteWaitsForItsOwnEventsOnly() throws Exception {
        commands.sendUnseen(surgeon("RYW-FIRST"), HR);
        StreamingEventProcessor held = (StreamingEventProcessor) processing.eventProcessor("held").orElseThrow();
        // the later write comes once the held read model has handled the first, not in the same batch as it: a
        // batch is committed whole, so a write whose event shares a batch with a held one waits for it
        long first = jdbc.queryForObject("select global_index from domain_event_entry"
                + " where aggregate_identifier = 'RYW-FIRST'", Long.class);
        for (int tries = 0; tries < 3000 && !held.processingStatus().values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= first); tries++) {
            Thread.sleep(10);
        }
        CompletableFuture.runAsync(() -> commands.sendUnseen(surgeon("RYW-LATER"), HR)).get(30, TimeUnit.SECONDS);
        long later = jdbc.queryForObject("select global_index from domain_event_entry"
                + " where aggregate_identifier = 'RYW-LATER'", Long.class);
        // a write that waited for the head of the event store would return only once this has let the read model on
        CompletableFuture.delayedExecutor(20, TimeUnit.SECONDS).execute(RELEASE::countDown);

        commands.awaitEffects();

        // its other segment, which takes other staff, passes the later write without handling it
        assertThat(held.processingStatus().values()).as("the held read model's segment is still before the later write")
                .anyMatch(s -> s.getCurrentPosition().orElse(-1) < later);
        assertThat(jdbc.queryForObject("select count(*) from staff where staff_id = 'RYW-FIRST'", Integer.class))
                .as("the first write is in the people directory when it returns").isOne();
    }
}
