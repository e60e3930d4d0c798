package cn.nengshang.ledger.term.process;

import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.term.api.CheckMonthlyReport;
import cn.nengshang.ledger.term.api.EndTerm;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.api.TermEnded;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.rules.PolicyBook;
import cn.nengshang.policy.rules.PolicyLoader;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

class TermProcessTest {

    private static final Path SEEDS = Path.of(System.getProperty("nengshang.seeds-dir", "../../seeds"));
    private static final StaffId SURGEON = StaffId.of("CL-0001");
    private static final TermId TERM = new TermId(SURGEON, 1);

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private SagaTestFixture<TermProcess> fixture;

    @BeforeEach
    void setUp() {
        PolicyBook policies = PolicyLoader.loadFolder(SEEDS.resolve("policy"));
        fixture = new SagaTestFixture<>(TermProcess.class);
        fixture.registerResource((PublishedPolicies) () -> policies);
    }

    private static TermStarted aTwoMonthTerm() {
        return new TermStarted(SURGEON, TERM, "cele-2026-v1", YearMonth.of(2026, 1), 2, 6, Rank.ASSOCIATE_SENIOR,
                TaskFamily.CLINICAL, true, Baselines.NONE);
    }

    @Test
    void theFirstReportFallsDueAtTheEndOfTheTenthOfTheNextMonth() {
        fixture.givenCurrentTime(START)
                .whenPublishingA(aTwoMonthTerm())
                .expectScheduledDeadlineWithName(Instant.parse("2026-02-10T16:00:00Z"), TermProcess.REPORT_DUE);
    }

    @Test
    void eachDueDayChecksItsMonthAndSchedulesTheNext() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(aTwoMonthTerm())
                .whenTimeAdvancesTo(Instant.parse("2026-02-11T00:00:00Z"))
                .expectDispatchedCommands(new CheckMonthlyReport(TERM, YearMonth.of(2026, 1)))
                .expectScheduledDeadlineWithName(Instant.parse("2026-03-10T16:00:00Z"), TermProcess.REPORT_DUE);
    }

    @Test
    void afterTheLastMonthsDueDayTheTermIsEnded() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(aTwoMonthTerm())
                .whenTimeAdvancesTo(Instant.parse("2026-03-11T00:00:00Z"))
                .expectDispatchedCommands(new CheckMonthlyReport(TERM, YearMonth.of(2026, 1)),
                        new CheckMonthlyReport(TERM, YearMonth.of(2026, 2)), new EndTerm(TERM))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theProcessEndsWithTheTerm() {
        fixture.givenCurrentTime(START)
                .andThenAPublished(aTwoMonthTerm())
                .whenPublishingA(new TermEnded(SURGEON, TERM, LocalDate.of(2026, 2, 28), "cele-2026-v1", Map.of(),
                        false, null))
                .expectActiveSagas(0);
    }
}
