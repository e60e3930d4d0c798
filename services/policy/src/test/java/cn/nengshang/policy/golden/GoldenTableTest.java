package cn.nengshang.policy.golden;

import cn.nengshang.policy.golden.GoldenScenarios.Check;
import cn.nengshang.policy.golden.GoldenScenarios.Scenario;
import cn.nengshang.policy.golden.GoldenScenarios.Term;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.progress.TaskProgress;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyBook;
import cn.nengshang.policy.rules.PolicyLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of the golden table, checked against the evaluator. */
class GoldenTableTest {

    private static final List<Scenario> SCENARIOS = GoldenScenarios.load();
    private static final PolicyBook POLICIES = policies();
    private final ProgressEvaluator evaluator = new ProgressEvaluator();

    private static PolicyBook policies() {
        List<Policy> versions = new ArrayList<>(PolicyLoader.loadFolder(GoldenScenarios.folder().resolveSibling("policy"))
                .versions());
        versions.addAll(PolicyLoader.loadFolder(GoldenScenarios.folder()).versions());
        return new PolicyBook(versions);
    }

    @Test
    void theTableCoversWhatTheSchemeAsksFor() {
        assertThat(SCENARIOS).hasSizeGreaterThanOrEqualTo(12);
        assertThat(SCENARIOS).extracting(s -> s.profession().name() + " " + s.rank())
                .contains("MEDICAL_TECHNOLOGY ASSOCIATE_SENIOR", "MEDICAL_TECHNOLOGY FULL_SENIOR",
                        "NURSING ASSOCIATE_SENIOR", "NURSING FULL_SENIOR", "PHARMACY ASSOCIATE_SENIOR",
                        "PHARMACY FULL_SENIOR", "PUBLIC_HEALTH ASSOCIATE_SENIOR", "PUBLIC_HEALTH FULL_SENIOR");
        assertThat(SCENARIOS).allSatisfy(s -> assertThat(s.terms()).allSatisfy(t ->
                assertThat(t.checks()).hasSize(24 * t.checkDates().size())));
        assertThat(SCENARIOS.stream().flatMap(s -> s.terms().stream()).map(Term::policyId).distinct())
                .containsExactlyInAnyOrder("cele-2026-v1", "cele-2028-test");
    }

    @TestFactory
    Stream<DynamicTest> everyRowMatchesTheEvaluator() {
        return SCENARIOS.stream().flatMap(scenario -> scenario.terms().stream().flatMap(term ->
                term.checkDates().stream().map(day -> DynamicTest.dynamicTest(
                        scenario.id() + " " + term.start() + " as of " + day, () -> check(scenario, term, day)))));
    }

    private void check(Scenario scenario, Term term, LocalDate day) {
        Policy policy = POLICIES.find(term.policyId()).orElseThrow();
        Progress progress = evaluator.evaluate(policy, GoldenFacts.asOf(scenario, term, day, scenario.surgical()), day);
        for (Check row : term.checks().stream().filter(c -> c.asOf().equals(day)).toList()) {
            TaskProgress task = progress.task(row.task()).orElseThrow();
            String where = scenario.id() + " " + row.task() + " as of " + day + ": " + task.explanation();
            assertThat(task.status()).as(where).isEqualTo(row.status());
            assertThat(task.target()).as(where + " target").isEqualByComparingTo(row.target());
            assertThat(task.expected()).as(where + " expected").isEqualByComparingTo(row.expected());
            assertThat(task.actual()).as(where + " actual").isEqualByComparingTo(row.actual());
        }
    }
}
