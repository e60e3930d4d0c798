package cn.nengshang.ledger.term.web;

import cn.nengshang.policy.Rank;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.progress.Explanation;
import cn.nengshang.policy.progress.Explanation.Code;
import cn.nengshang.policy.progress.Explanation.MonthCount;
import cn.nengshang.policy.rules.Metric;
import cn.nengshang.policy.rules.OutcomeRule.Improvement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundles speak for every finding the evaluator can make, in both languages. */
class ExplanationTextTest {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final ResourceBundleMessageSource bundles = bundles();
    private final ExplanationText text = new ExplanationText(bundles);

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "explanations");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void everyCodeAndEveryMetricHasItsWordsAndNoQuote(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (Code code : Code.values()) {
            String words = bundles.getMessage("explanation." + code, null, null, locale);
            assertThat(words).as(code + " in " + language).isNotBlank().doesNotContain("'");
        }
        for (Class<? extends Enum<?>> named : List.of(Metric.class, AchievementKind.class, Level.class,
                IncidentType.class, MenteeTrack.class, Improvement.Direction.class, Improvement.Change.class)) {
            for (Enum<?> constant : named.getEnumConstants()) {
                String key = "name." + named.getSimpleName() + "." + constant.name();
                assertThat(bundles.getMessage(key, null, null, locale)).as(key + " in " + language).isNotBlank();
            }
        }
    }

    @Test
    void findingsAreRenderedWithTheirFiguresInTheReadersLanguage() {
        Explanation b1 = Explanation.of(Code.COUNTED_FROM_REPORTS, Metric.BUSINESS_LEARNING, 3,
                        List.of(new MonthCount(YearMonth.of(2026, 1), 2), new MonthCount(YearMonth.of(2026, 2), 1)))
                .and(Code.MISSING_REPORTS, List.of(YearMonth.of(2026, 3)))
                .and(Code.DUE_BY_TERM_MONTH, 4, 24, 8, 1);
        assertThat(text.render(b1, ENGLISH)).isEqualTo("business learning sessions: 3 counted (reports 2026-01: 2, "
                + "2026-02: 1); months without a report count as zero: 2026-03; at term-month 4 of 24 expected "
                + "⌊8×4/24⌋ = 1 of the term target 8");
        assertThat(text.render(b1, CHINESE)).isEqualTo("业务学习：已计 3（月报 2026-01：2，2026-02：1）；未报月份按零计："
                + "2026-03；聘期第 4/24 月应完成 ⌊8×4/24⌋=1，聘期目标 8");
    }

    @Test
    void enumsAreNamedInTheReadersLanguageAndNestedFindingsAndEmptyListsAreSpelledOut() {
        Explanation improvement = Explanation.of(Code.IMPROVEMENT_NOT_RECORDED,
                AchievementKind.QC_PASS_RATE, Improvement.Direction.UP, new BigDecimal("5"),
                Improvement.Change.POINTS);
        assertThat(text.render(improvement, ENGLISH))
                .isEqualTo("quality-control pass rate: must go up by at least 5 pp; none has been recorded");
        assertThat(text.render(improvement, CHINESE)).isEqualTo("质控合格率：须提高至少 5 个百分点；尚无记录");
        Explanation incidents = Explanation.of(Code.INCIDENTS, List.of(Explanation.finding(Code.INCIDENT,
                IncidentType.MAJOR_MEDICAL_ERROR, LocalDate.of(2026, 3, 2))));
        assertThat(text.render(incidents, CHINESE)).isEqualTo("本科室聘期内发生：重大医疗差错 2026-03-02");
        assertThat(text.render(Explanation.of(Code.OR_AT_MOST, new BigDecimal("0.1")), CHINESE))
                .isEqualTo("不高于 0.1% 亦可");
        assertThat(text.render(Explanation.of(Code.RECORDS_MISSING, List.of(Rank.FULL_SENIOR)), ENGLISH))
                .as("an enum without words keeps its id").isEqualTo("missing FULL_SENIOR");
        Explanation none = Explanation.of(Code.MENTEES_ACTIVE, 0, List.of());
        assertThat(text.render(none, ENGLISH)).isEqualTo("0 active mentees: none");
        assertThat(text.render(Explanation.of(Code.NOT_APPLICABLE), CHINESE)).isEqualTo("不适用：该任务不属于本人的任务类别");
    }
}
