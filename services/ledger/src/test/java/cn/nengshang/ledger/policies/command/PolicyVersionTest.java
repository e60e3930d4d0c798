package cn.nengshang.ledger.policies.command;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.policies.api.PolicyPublished;
import cn.nengshang.ledger.policies.api.PublishPolicy;
import org.axonframework.messaging.MetaData;

import static cn.nengshang.ledger.common.Refusals.refusedWith;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

class PolicyVersionTest {

    private static final Path SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));
    private static final MetaData ADMIN = MetaData.from(new Actor("admin", Set.of(Role.ADMIN), null, null).toMetaData());

    private AggregateTestFixture<PolicyVersion> fixture;
    private String document;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new AggregateTestFixture<>(PolicyVersion.class);
        document = Files.readString(SEEDS.resolve("golden/cele-2028-test.json"));
    }

    @Test
    void anAdministratorPublishesAVersionWithTheDayItTakesEffect() {
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy("cele-2028-test", document), ADMIN)
                .expectEvents(new PolicyPublished("cele-2028-test", LocalDate.of(2028, 1, 1), document));
    }

    @Test
    void aMalformedOrInconsistentVersionIsRefusedSayingWhatIsWrong() {
        String unknownTask = document.replace("\"task\": \"B10\"", "\"task\": \"B11\"");
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy("cele-2028-test", unknownTask), ADMIN)
                .expectException(refusedWith(ErrorCode.POLICY_INVALID, "unknown task B11", "task B10 is missing"))
                .expectNoEvents();
    }

    @Test
    void theIdMustBeTheDocumentsOwnAndOnlyAnAdministratorPublishes() {
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy("another-id", document), ADMIN)
                .expectException(refusedWith(ErrorCode.POLICY_INVALID, "does not match"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new PublishPolicy("cele-2028-test", document),
                        MetaData.from(new Actor("hr", Set.of(Role.HR_CENTER), null, null).toMetaData()))
                .expectException(refusedWith(ErrorCode.FORBIDDEN));
    }
}
