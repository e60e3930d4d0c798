package cn.nengshang.policy.promotion;

import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.golden.GoldenScenarios;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promotion golden table (seeds/golden/promotion.md), readable by an HR officer: every row's facts evaluated by
 * the rules in force, each condition's ✓ or ✗ as the table says.
 */
class PromotionGoldenTest {

    private static final Path TABLE = GoldenScenarios.folder().resolve("promotion.md");
    private static final List<PromotionRules> RULES = PromotionLoader.loadFolder(
            GoldenScenarios.folder().resolveSibling("promotion"));
    private static final List<String> CONDITIONS = List.of(PromotionEvaluator.TARGET, PromotionEvaluator.YEARS_IN_TITLE,
            PromotionEvaluator.ANNUAL_RATINGS, PromotionEvaluator.PRACTICE_EXAM, PromotionEvaluator.CONTINUING_EDUCATION,
            PromotionEvaluator.VETOES, PromotionEvaluator.SCHEME);
    private static final Map<String, AnnualRating> RATING = Map.of("E", AnnualRating.EXCELLENT, "C",
            AnnualRating.COMPETENT, "B", AnnualRating.BASICALLY_COMPETENT, "I", AnnualRating.INCOMPETENT);

    record Row(String id, String who, PromotionFacts facts, int reviewYear, List<Boolean> expected, boolean eligible) {
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE)) {
            if (!line.startsWith("| P")) continue;
            String[] cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::strip)
                    .toArray(String[]::new);
            Map<Integer, AnnualRating> ratings = new LinkedHashMap<>();
            for (String rating : list(cells[6])) {
                String[] parts = rating.split(" ");
                ratings.put(Integer.parseInt(parts[0]), RATING.get(parts[1]));
            }
            Map<Integer, Boolean> cme = new LinkedHashMap<>();
            for (String year : list(cells[8])) {
                String[] parts = year.split(" ");
                cme.put(Integer.parseInt(parts[0]), parts[1].equals("yes"));
            }
            List<VetoFact> vetoes = list(cells[9]).stream().map(v -> veto(cells[0], v)).toList();
            PromotionFacts facts = new PromotionFacts(cells[2], Education.valueOf(cells[3]), LocalDate.parse(cells[4]),
                    cells[5].isEmpty() ? null : cells[5], ratings, list(cells[7]).stream().map(LocalDate::parse).toList(),
                    cme, vetoes, cells[10], cells[11].equals("open"));
            List<Boolean> expected = Arrays.stream(cells, 13, 20).map("✓"::equals).toList();
            rows.add(new Row(cells[0], cells[1], facts, Integer.parseInt(cells[12]), expected, "✓".equals(cells[20])));
        }
        return rows;
    }

    private static List<String> list(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.stream(cell.split(",")).map(String::strip).toList();
    }

    /** {@code TYPE [grade|severity] [responsibility] date} or {@code SANCTION until date}. */
    private static VetoFact veto(String row, String written) {
        String[] parts = written.split(" ");
        if (parts[0].equals("SANCTION")) {
            return new VetoFact(row, "SANCTION", null, null, null, null, LocalDate.parse(parts[2]));
        }
        LocalDate effective = LocalDate.parse(parts[parts.length - 1]);
        Integer grade = null;
        String severity = null;
        String responsibility = null;
        for (int i = 1; i < parts.length - 1; i++) {
            if (parts[i].matches("[1-4]")) grade = Integer.parseInt(parts[i]);
            else if (PromotionLoader.SEVERITIES.contains(parts[i]) && parts[0].equals("REVIEW_RULE_BREACH")) severity = parts[i];
            else responsibility = parts[i];
        }
        return new VetoFact(row, parts[0], effective, grade, severity, responsibility, null);
    }

    @Test
    void theTableHoldsWhatTheIssueAsksFor() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(10);
        assertThat(rows).extracting(Row::id).doesNotHaveDuplicates();
        assertThat(rows).as("every veto type at the last day of its window and the day after")
                .filteredOn(r -> !r.facts().vetoes().isEmpty())
                .extracting(r -> r.facts().vetoes().get(0).type()).containsAll(PromotionLoader.VETO_TYPES);
        assertThat(rows).anySatisfy(r -> assertThat(r.facts().exceptional()).isNotNull())
                .anySatisfy(r -> assertThat(r.facts().appointmentState()).isEqualTo("DOWNGRADED"))
                .anySatisfy(r -> assertThat(r.facts().ratings()).containsValue(AnnualRating.BASICALLY_COMPETENT));
    }

    @TestFactory
    Stream<DynamicTest> everyRowIsAnsweredAsTheTableSays() throws IOException {
        PromotionEvaluator evaluator = new PromotionEvaluator();
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.id() + " " + row.who(), () -> {
            PromotionRules rules = PromotionLoader.inForceOn(RULES, LocalDate.of(row.reviewYear(), 1, 1)).orElseThrow();
            Eligibility answer = evaluator.evaluate(rules, row.facts(), row.reviewYear());
            for (int i = 0; i < CONDITIONS.size(); i++) {
                Eligibility.Condition condition = answer.condition(CONDITIONS.get(i));
                assertThat(condition.met()).as("%s %s: %s", row.id(), condition.condition(), condition.detail().zh())
                        .isEqualTo(row.expected().get(i));
            }
            assertThat(answer.eligible()).as(row.id()).isEqualTo(row.eligible());
        }));
    }

    @Test
    void everyAnswerSaysWhyAndWhichRecordsItCounted() {
        PromotionFacts facts = new PromotionFacts("ASSOCIATE_SENIOR", Education.BACHELOR, LocalDate.of(2022, 7, 1), null,
                Map.of(2024, AnnualRating.BASICALLY_COMPETENT, 2025, AnnualRating.COMPETENT, 2026, AnnualRating.COMPETENT),
                List.of(LocalDate.of(2026, 5, 20)), Map.of(2026, true),
                List.of(new VetoFact("incident I-7", "EXAM_MISCONDUCT", LocalDate.of(2025, 1, 2), null, null, null, null)),
                "APPOINTED", false);
        Eligibility answer = new PromotionEvaluator().evaluate(RULES.get(0), facts, 2027);
        assertThat(answer.targetTitle()).isEqualTo("FULL_SENIOR");
        Eligibility.Condition years = answer.condition(PromotionEvaluator.YEARS_IN_TITLE);
        assertThat(years.detail().zh()).contains("计 54 个月").contains("须满 5 年");
        assertThat(years.records()).contains("2022: 6 months", "2024 BASICALLY_COMPETENT: 12 months not counted");
        assertThat(answer.condition(PromotionEvaluator.VETOES).records())
                .containsExactly("EXAM_MISCONDUCT (incident I-7): effective 2025-01-02, 2 years to 2027-01-02, in force");
        assertThat(answer.condition(PromotionEvaluator.VETOES).detail().zh()).contains("考试违纪未满 2 年（incident I-7）");
    }
}
