package cn.nengshang.policy.promotion;

import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.AnnualRating;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Answers whether a person may apply for the next title in a review year: every condition of the rules in force,
 * each with why and with the records it counted. Pure: the facts are what the record held on the day asked.
 */
public final class PromotionEvaluator {

    public static final String TARGET = "TARGET";
    public static final String YEARS_IN_TITLE = "YEARS_IN_TITLE";
    public static final String ANNUAL_RATINGS = "ANNUAL_RATINGS";
    public static final String PRACTICE_EXAM = "PRACTICE_EXAM";
    public static final String CONTINUING_EDUCATION = "CONTINUING_EDUCATION";
    public static final String VETOES = "VETOES";
    public static final String SCHEME = "SCHEME";

    public Eligibility evaluate(PromotionRules rules, PromotionFacts facts, int reviewYear) {
        Optional<PromotionRules.Route> route = rules.routeFrom(facts.title());
        List<Eligibility.Condition> conditions = new ArrayList<>();
        conditions.add(route.isPresent()
                ? met(TARGET, true, "申报 " + route.get().to(), "applies for " + route.get().to(), List.of())
                : met(TARGET, false, "现任 " + facts.title() + "，规则中没有更高一级", "holds " + facts.title()
                + ", the rules name no title above it", List.of()));
        conditions.add(yearsInTitle(rules, route.orElse(null), facts, reviewYear));
        conditions.add(ratings(rules, facts, reviewYear));
        conditions.add(exam(rules, facts, reviewYear));
        conditions.add(continuingEducation(rules, facts, reviewYear));
        conditions.add(vetoes(rules, facts, reviewYear));
        conditions.add(scheme(rules, facts, reviewYear));
        return new Eligibility(reviewYear, rules.rulesId(), route.map(PromotionRules.Route::to).orElse(null),
                conditions.stream().allMatch(Eligibility.Condition::met), conditions);
    }

    private static Eligibility.Condition met(String condition, boolean met, String zh, String en, List<String> records) {
        return new Eligibility.Condition(condition, met, new Text(zh, en), List.copyOf(records));
    }

    /**
     * From the day the title was obtained to 31 Dec of the review year, by months; a year rated as the rules do not
     * count is left out by its months (a year partly in the title counts by the months it was).
     */
    private static Eligibility.Condition yearsInTitle(PromotionRules rules, PromotionRules.Route route,
                                                      PromotionFacts facts, int reviewYear) {
        if (facts.titleObtainedOn() == null) {
            return met(YEARS_IN_TITLE, false, "未记录取得现职称的日期", "the day the title was obtained is not recorded",
                    List.of());
        }
        LocalDate end = LocalDate.of(reviewYear + 1, 1, 1);
        int counted = 0;
        List<String> records = new ArrayList<>();
        for (int year = facts.titleObtainedOn().getYear(); year <= reviewYear; year++) {
            LocalDate from = max(facts.titleObtainedOn(), LocalDate.of(year, 1, 1));
            LocalDate to = min(end, LocalDate.of(year + 1, 1, 1));
            int months = from.isBefore(to) ? (int) Period.between(from, to).toTotalMonths() : 0;
            AnnualRating rating = facts.ratings().get(year);
            if (rating != null && rules.uncountedRatings().contains(rating)) {
                records.add(year + " " + rating + ": " + months + " months not counted");
            } else {
                counted += months;
                records.add(year + (rating == null ? "" : " " + rating) + ": " + months + " months");
            }
        }
        if (route == null) {
            return met(YEARS_IN_TITLE, false, "无可申报的更高职称", "no title to apply for", records);
        }
        Integer ordinary = facts.education() == null ? null : route.years().get(facts.education());
        Integer exceptional = facts.exceptional() != null ? route.exceptionalYears() : null;
        String span = "任现职自 " + facts.titleObtainedOn() + " 至 " + reviewYear + "-12-31，计 " + counted + " 个月";
        String spanEn = "in the title from " + facts.titleObtainedOn() + " to " + reviewYear + "-12-31: " + counted
                + " months counted";
        if (ordinary != null && counted >= ordinary * 12) {
            return met(YEARS_IN_TITLE, true, span + "，" + facts.education() + " 须满 " + ordinary + " 年",
                    spanEn + ", " + ordinary + " years needed with " + facts.education(), records);
        }
        if (exceptional != null && counted >= exceptional * 12) {
            records.add("exceptional: " + facts.exceptional());
            return met(YEARS_IN_TITLE, true, span + "，破格（" + facts.exceptional() + "）须满 " + exceptional + " 年",
                    spanEn + ", " + exceptional + " years needed on the exceptional route (" + facts.exceptional() + ")",
                    records);
        }
        String needed = ordinary == null ? "学历 " + facts.education() + " 无普通申报年限" : "须满 " + ordinary + " 年";
        String neededEn = ordinary == null ? "no ordinary route with " + facts.education() : ordinary + " years needed";
        if (exceptional != null) {
            needed += "，破格须满 " + exceptional + " 年";
            neededEn += ", " + exceptional + " on the exceptional route";
        }
        return met(YEARS_IN_TITLE, false, span + "，" + needed, spanEn + "; " + neededEn, records);
    }

    /** The years before the review year, each rated passing. */
    private static Eligibility.Condition ratings(PromotionRules rules, PromotionFacts facts, int reviewYear) {
        List<String> records = new ArrayList<>();
        List<String> short_ = new ArrayList<>();
        for (int year = reviewYear - rules.ratingYears(); year < reviewYear; year++) {
            AnnualRating rating = facts.ratings().get(year);
            records.add(year + " " + (rating == null ? "none" : rating));
            if (rating == null || !rating.passed()) short_.add(year + " " + (rating == null ? "none" : rating));
        }
        return short_.isEmpty()
                ? met(ANNUAL_RATINGS, true, "前 " + rules.ratingYears() + " 年年度考核均为合格及以上",
                "each of the " + rules.ratingYears() + " years before rated competent or better", records)
                : met(ANNUAL_RATINGS, false, "前 " + rules.ratingYears() + " 年须均为合格及以上，未达：" + String.join("，", short_),
                "each of the " + rules.ratingYears() + " years before must be rated competent or better; not: "
                        + String.join(", ", short_), records);
    }

    /** A pass valid in the review year: passed in it or in the years before it, within the validity. */
    private static Eligibility.Condition exam(PromotionRules rules, PromotionFacts facts, int reviewYear) {
        Optional<LocalDate> latest = facts.examPasses().stream().filter(p -> p.getYear() <= reviewYear)
                .max(Comparator.naturalOrder());
        List<String> records = latest.map(p -> List.of("passed " + p)).orElse(List.of());
        if (latest.isEmpty()) {
            return met(PRACTICE_EXAM, false, "未记录专业实践能力考试合格", "no practice exam pass recorded", records);
        }
        int lastValid = latest.get().getYear() + rules.examValidYears() - 1;
        boolean valid = reviewYear <= lastValid;
        return met(PRACTICE_EXAM, valid, "考试 " + latest.get() + " 合格，有效至 " + lastValid + " 年" + (valid ? "" : "，已过期"),
                "passed on " + latest.get() + ", valid to " + lastValid + (valid ? "" : ": expired"), records);
    }

    private static Eligibility.Condition continuingEducation(PromotionRules rules, PromotionFacts facts, int reviewYear) {
        int year = reviewYear - rules.cmeYearsBefore();
        Boolean met = facts.continuingEducation().get(year);
        List<String> records = met == null ? List.of() : List.of(year + " " + (met ? "met" : "not met"));
        return met(CONTINUING_EDUCATION, Boolean.TRUE.equals(met),
                year + " 年继续医学教育" + (met == null ? "未记录" : met ? "达标" : "未达标"),
                "continuing education of " + year + (met == null ? " not recorded" : met ? " met" : " not met"), records);
    }

    /**
     * None in force: a windowed veto lasts whole years from its effect, the review year not counted (未满 N 年, 不含评审当年),
     * so it bars the review year while its effect plus N years is after the year's first day; a sanction bars while it
     * lasts into the review year.
     */
    private static Eligibility.Condition vetoes(PromotionRules rules, PromotionFacts facts, int reviewYear) {
        LocalDate firstDay = LocalDate.of(reviewYear, 1, 1);
        List<String> inForce = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (VetoFact fact : facts.vetoes()) {
            for (PromotionRules.Veto veto : rules.vetoes()) {
                if (!veto.applies(fact)) continue;
                boolean bars;
                String window;
                if (veto.whileSanctioned()) {
                    bars = fact.sanctionedUntil() == null || !fact.sanctionedUntil().isBefore(firstDay);
                    window = "sanctioned until " + (fact.sanctionedUntil() == null ? "open" : fact.sanctionedUntil());
                } else {
                    LocalDate ends = fact.effectiveOn().plusYears(veto.years());
                    bars = ends.isAfter(firstDay);
                    window = "effective " + fact.effectiveOn() + ", " + veto.years() + " years to " + ends;
                }
                String line = veto.veto() + " (" + fact.record() + "): " + window + (bars ? ", in force" : ", ended");
                records.add(line);
                if (bars) inForce.add(veto.name().zh() + "（" + fact.record() + "）");
            }
        }
        return inForce.isEmpty()
                ? met(VETOES, true, "无生效的否决情形", "no veto in force", records)
                : met(VETOES, false, "否决情形生效中：" + String.join("，", inForce),
                "veto in force: " + String.join(", ", records.stream().filter(r -> r.endsWith("in force")).toList()),
                records);
    }

    private static Eligibility.Condition scheme(PromotionRules rules, PromotionFacts facts, int reviewYear) {
        List<String> records = new ArrayList<>();
        if (facts.appointmentState() != null) records.add("appointment " + facts.appointmentState());
        if (facts.openDowngradeCase()) records.add("open down-grading case");
        boolean barredState = facts.appointmentState() != null && rules.barredStates().contains(facts.appointmentState());
        boolean barredCase = rules.openCaseBars() && facts.openDowngradeCase();
        if (!barredState && !barredCase) {
            return met(SCHEME, true, "能上能下：未被低聘或解聘，无在办低聘案件",
                    "not appointed lower or dismissed, no open down-grading case", records);
        }
        return met(SCHEME, false, barredState ? reviewYear + " 年末聘任状态为 " + facts.appointmentState() : "有在办的低聘案件",
                barredState ? "appointment state " + facts.appointmentState() + " at the end of " + reviewYear
                        : "a down-grading case is open", records);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
