package cn.nengshang.policy.progress;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.facts.Registers;
import cn.nengshang.policy.golden.GoldenScenarios;
import cn.nengshang.policy.progress.Explanation.Code;
import cn.nengshang.policy.progress.Explanation.MonthCount;
import cn.nengshang.policy.progress.Explanation.MonthShare;
import cn.nengshang.policy.rules.Metric;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyLoader;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The readings of DOMAIN §4 that the golden tables do not spell out: exact percentages, PER_MONTH, findings. */
class ProgressEvaluatorTest {

    private static final Policy CELE = PolicyLoader.loadFolder(GoldenScenarios.folder().resolveSibling("policy"))
            .find("cele-2026-v1").orElseThrow();
    private static final Policy PER_MONTH = PolicyLoader.loadFolder(GoldenScenarios.folder())
            .find("cele-2028-test").orElseThrow();
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    /** After a three-month term from January 2026 has ended. */
    private static final LocalDate AFTER_THE_TERM = LocalDate.of(2026, 4, 10);

    private final ProgressEvaluator evaluator = new ProgressEvaluator();

    private static TaskProgress task(Progress progress, String task) {
        return progress.tasks().stream().filter(t -> t.task().equals(task)).findFirst().orElseThrow();
    }

    private static MonthlyFacts month(YearMonth month, Metric metric, int count) {
        return new MonthlyFacts(month, Map.of(metric, count), Set.of());
    }

    private static Registers mentee(String baseline, String score) {
        Mentee mentee = new Mentee("D1", "阿依古丽", MenteeTrack.DEPARTMENT, new BigDecimal(baseline),
                LocalDate.of(2026, 1, 5), false, List.of(new Mentee.Assessment(LocalDate.of(2026, 3, 20),
                new BigDecimal(score))));
        return new Registers(Baselines.NONE, List.of(mentee), List.of(), List.of(), Set.of(), List.of());
    }

    private TaskProgress menteeImprovement(String baseline, String score) {
        TermFacts facts = new TermFacts(JANUARY, 3, Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, true, Map.of(),
                mentee(baseline, score));
        return task(evaluator.evaluate(CELE, facts, AFTER_THE_TERM), "T2");
    }

    @Test
    void aMenteesRiseIsComparedExactlyNotAfterRounding() {
        TaskProgress justShort = menteeImprovement("60", "71.97");
        assertThat(justShort.status()).isEqualTo(Status.FAILED);
        assertThat(justShort.actual()).as("shown rounded").isEqualByComparingTo("20");
        assertThat(menteeImprovement("60", "72").status()).isEqualTo(Status.MET);
    }

    private TaskProgress workload(String own, String average) {
        MonthlyFacts january = new MonthlyFacts(JANUARY, Map.of(), Set.of(), new BigDecimal(own),
                new BigDecimal(average));
        TermFacts facts = new TermFacts(JANUARY, 3, Rank.ASSOCIATE_SENIOR, TaskFamily.MTNP, false,
                Map.of(JANUARY, january), Registers.NONE);
        return task(evaluator.evaluate(CELE, facts, AFTER_THE_TERM), "B8");
    }

    @Test
    void theCoreWorkloadRatioIsComparedExactlyNotAfterRounding() {
        TaskProgress justShort = workload("119.96", "100");
        assertThat(justShort.status()).isEqualTo(Status.FAILED);
        assertThat(justShort.actual()).as("shown rounded").isEqualByComparingTo("120");
        assertThat(workload("120", "100").status()).isEqualTo(Status.MET);
        assertThat(workload("1", "0").status()).as("no department average, no ratio").isEqualTo(Status.FAILED);
    }

    private TaskProgress countyConsultations(int... counts) {
        YearMonth start = YearMonth.of(2028, 1);
        Map<YearMonth, MonthlyFacts> reports = new java.util.TreeMap<>();
        for (int i = 0; i < counts.length; i++) {
            reports.put(start.plusMonths(i), month(start.plusMonths(i), Metric.COUNTY_CONSULTATIONS, counts[i]));
        }
        TermFacts facts = new TermFacts(start, 24, Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, false, reports,
                Registers.NONE);
        return task(evaluator.evaluate(PER_MONTH, facts, LocalDate.of(2028, 4, 10)), "B7");
    }

    @Test
    void underPerMonthExpectedAndActualCountMonthsSoTheNumbersAgreeWithTheStatus() {
        TaskProgress oneShort = countyConsultations(6, 2, 4);
        assertThat(oneShort.target()).isEqualByComparingTo("4");
        assertThat(oneShort.expected()).isEqualByComparingTo("3");
        assertThat(oneShort.actual()).isEqualByComparingTo("2");
        assertThat(oneShort.status()).isEqualTo(Status.BEHIND);
        assertThat(oneShort.explanation().says(Code.MONTHS_AT_MINIMUM)).isTrue();
        assertThat(oneShort.explanation().says(Code.EVERY_MONTH_BINDING)).isTrue();
        assertThat(oneShort.explanation().findings().get(0).args()).contains(List.of(
                new MonthShare(YearMonth.of(2028, 1), 6, 4), new MonthShare(YearMonth.of(2028, 2), 2, 4),
                new MonthShare(YearMonth.of(2028, 3), 4, 4)));
        TaskProgress every = countyConsultations(4, 4, 4);
        assertThat(every.expected()).isEqualByComparingTo("3");
        assertThat(every.actual()).isEqualByComparingTo("3");
        assertThat(every.status()).isEqualTo(Status.ON_TRACK);
    }

    @Test
    void theExplanationIsFindingsWithTheirFiguresAndNoWords() {
        Map<YearMonth, MonthlyFacts> reports = Map.of(JANUARY, month(JANUARY, Metric.BUSINESS_LEARNING, 2));
        TermFacts facts = new TermFacts(JANUARY, 24, Rank.ASSOCIATE_SENIOR, TaskFamily.CLINICAL, false, reports,
                Registers.NONE);
        Progress progress = evaluator.evaluate(CELE, facts, LocalDate.of(2026, 3, 5));
        Explanation b1 = task(progress, "B1").explanation();
        assertThat(b1.findings()).extracting(Explanation.Finding::code).containsExactly(Code.COUNTED_FROM_REPORTS,
                Code.MISSING_REPORTS, Code.DUE_BY_TERM_MONTH);
        assertThat(b1.findings().get(0).args()).containsExactly(Metric.BUSINESS_LEARNING, 2,
                List.of(new MonthCount(JANUARY, 2)));
        assertThat(b1.findings().get(1).args()).containsExactly(List.of(YearMonth.of(2026, 2)));
        assertThat(task(progress, "G4").explanation().findings()).extracting(Explanation.Finding::code)
                .containsExactly(Code.NOT_APPLICABLE);
        assertThat(progress.tasks()).allSatisfy(t -> assertThat(t.explanation().findings()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.args()).noneMatch(a -> a instanceof String s && s.contains(" "))));
    }
}
