package cn.nengshang.ledger.policies.query;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.ledger.policies.api.PolicyPublished;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The published policies, as a plain object over a repository in memory; rebuilt from stored events when empty. */
class PolicyRegistryTest {

    private static final Path SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));

    private final PolicyRepository table = InMemoryRepository.of(PolicyRepository.class, Map.of("publishedIds",
            call -> call.rows().stream().map(row -> ((PolicyRow) row).policyId()).collect(Collectors.toSet())));
    private final PolicyRegistry registry = new PolicyRegistry(table);

    private static PolicyPublished cele() throws IOException {
        return new PolicyPublished("cele-2026-v1", LocalDate.of(2026, 1, 1),
                Files.readString(SEEDS.resolve("policy/cele-2026-v1.json"), StandardCharsets.UTF_8));
    }

    @Test
    void aPublishedVersionIsInTheBookWithWhoPublishedIt() throws IOException {
        assertThat(registry.isEmpty()).isTrue();
        registry.on(cele(), Instant.parse("2026-01-01T00:00:00Z"), "admin");
        assertThat(registry.book().find("cele-2026-v1")).isPresent();
        assertThat(registry.published("cele-2026-v1").orElseThrow().publishedBy()).isEqualTo("admin");
        assertThat(registry.isEmpty()).isFalse();
    }

    @Test
    void theCacheFollowsTheTableWhoeverWroteIt() throws IOException {
        assertThat(registry.book().find("cele-2026-v1")).isEmpty();
        // another replica on the same database handled the publication: this one saw no event
        PolicyRegistry other = new PolicyRegistry(table);
        other.on(cele(), Instant.parse("2026-01-01T00:00:00Z"), "admin");
        assertThat(registry.book().find("cele-2026-v1")).isPresent();
        assertThat(registry.inForceOn(LocalDate.of(2026, 3, 1)).policyId()).isEqualTo("cele-2026-v1");
    }

    @Test
    void anEmptyRegistryIsRebuiltFromTheStoredEventsAndIgnoresOthers() throws IOException {
        registry.rebuild(GenericEventMessage.asEventMessage("not a policy"));
        assertThat(registry.isEmpty()).isTrue();
        registry.rebuild(GenericEventMessage.asEventMessage(cele())
                .andMetaData(MetaData.with(Actor.SUB, "system")));
        assertThat(registry.published("cele-2026-v1").orElseThrow().publishedBy()).isEqualTo("system");
    }
}
