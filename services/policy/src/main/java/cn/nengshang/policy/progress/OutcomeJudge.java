package cn.nengshang.policy.progress;

import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.Achievement;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.rules.OutcomeRule;
import cn.nengshang.policy.rules.OutcomeRule.Improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Judges one outcome rule against a term's registers, with the figures it used. */
final class OutcomeJudge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The outcome's standing: achieved, or lost for good (an incident), with target, actual and detail. */
    record Judgement(boolean achieved, boolean irrecoverable, BigDecimal target, BigDecimal actual, Text detail) {
    }

    Judgement judge(OutcomeRule rule, TermFacts facts, boolean termOver) {
        if (rule instanceof OutcomeRule.AchievementAtLevel r) return atLevel(r, facts);
        if (rule instanceof Improvement r) return improvement(r, facts);
        if (rule instanceof OutcomeRule.AchievementsPresent r) return present(r, facts);
        if (rule instanceof OutcomeRule.WorkloadAbove r) return workload(r, facts);
        if (rule instanceof OutcomeRule.MenteeImprovement r) return mentees(r, facts);
        return noIncident((OutcomeRule.NoIncident) rule, facts, termOver);
    }

    private Judgement atLevel(OutcomeRule.AchievementAtLevel rule, TermFacts facts) {
        Level required = rule.levels().get(facts.rank());
        Optional<Level> best = achievements(facts, rule.kind()).stream().map(Achievement::level)
                .filter(l -> l != null).max(Comparator.naturalOrder());
        boolean achieved = best.map(l -> l.atLeast(required)).orElse(false);
        return new Judgement(achieved, false, BigDecimal.ONE, achieved ? BigDecimal.ONE : BigDecimal.ZERO, new Text(
                "%s：要求 %s 及以上，记录中最高为 %s".formatted(rule.kind(), required, best.map(Enum::name).orElse("无")),
                "%s: %s or higher required, highest recorded %s".formatted(rule.kind(), required,
                        best.map(Enum::name).orElse("none"))));
    }

    private Judgement improvement(Improvement rule, TermFacts facts) {
        BigDecimal baseline = facts.registers().baselines().figure(rule.baseline());
        Optional<Achievement> latest = achievements(facts, rule.measuredBy()).stream()
                .max(Comparator.comparing(Achievement::date));
        String unit = rule.change() == Improvement.Change.RELATIVE ? "%" : " pp";
        String direction = rule.direction() == Improvement.Direction.UP ? "up" : "down";
        if (baseline == null || latest.isEmpty()) {
            String missing = baseline == null ? "no baseline " + rule.baseline() + " was recorded at the term's start"
                    : "no " + rule.measuredBy() + " has been recorded";
            String missingZh = baseline == null ? "聘期开始时未记录基线 " + rule.baseline() : "尚无 " + rule.measuredBy() + " 记录";
            return new Judgement(false, false, rule.threshold(), BigDecimal.ZERO, new Text(
                    "%s：须%s至少 %s%s；%s".formatted(rule.measuredBy(), direction.equals("up") ? "提高" : "降低",
                            rule.threshold().toPlainString(), unit, missingZh),
                    "%s: must go %s by at least %s%s; %s".formatted(rule.measuredBy(), direction,
                            rule.threshold().toPlainString(), unit, missing)));
        }
        BigDecimal value = latest.get().value();
        BigDecimal change = rule.change() == Improvement.Change.POINTS ? value.subtract(baseline)
                : baseline.signum() == 0 ? (value.signum() > 0 ? HUNDRED : BigDecimal.ZERO)
                : value.subtract(baseline).multiply(HUNDRED).divide(baseline, 1, RoundingMode.HALF_UP);
        BigDecimal gained = rule.direction() == Improvement.Direction.UP ? change : change.negate();
        boolean lowEnough = rule.orAtMost() != null && value.compareTo(rule.orAtMost()) <= 0;
        boolean achieved = gained.compareTo(rule.threshold()) >= 0 || lowEnough;
        String low = rule.orAtMost() == null ? "" : "; at most %s also suffices".formatted(rule.orAtMost().toPlainString());
        String lowZh = rule.orAtMost() == null ? "" : "；不高于 %s 亦可".formatted(rule.orAtMost().toPlainString());
        return new Judgement(achieved, false, rule.threshold(), gained.stripTrailingZeros(), new Text(
                "%s：基线 %s，最新 %s（%s 记录），变化 %s%s，要求%s至少 %s%s%s".formatted(rule.measuredBy(),
                        baseline.toPlainString(), value.toPlainString(), latest.get().date(),
                        change.toPlainString(), unit, direction.equals("up") ? "提高" : "降低",
                        rule.threshold().toPlainString(), unit, lowZh),
                "%s: baseline %s, latest %s (recorded for %s), change %s%s, must go %s by at least %s%s%s".formatted(
                        rule.measuredBy(), baseline.toPlainString(), value.toPlainString(), latest.get().date(),
                        change.toPlainString(), unit, direction, rule.threshold().toPlainString(), unit, low)));
    }

    private Judgement present(OutcomeRule.AchievementsPresent rule, TermFacts facts) {
        List<AchievementKind> missing = rule.kinds().stream()
                .filter(kind -> achievements(facts, kind).isEmpty()).toList();
        int present = rule.kinds().size() - missing.size();
        String wanted = rule.kinds().stream().map(Enum::name).collect(Collectors.joining(", "));
        String lacking = missing.stream().map(Enum::name).collect(Collectors.joining(", "));
        return new Judgement(missing.isEmpty(), false, BigDecimal.valueOf(rule.kinds().size()),
                BigDecimal.valueOf(present), new Text(
                "须有记录：%s；%s".formatted(wanted, missing.isEmpty() ? "均已记录" : "尚缺 " + lacking),
                "records required: %s; %s".formatted(wanted, missing.isEmpty() ? "all recorded" : "missing " + lacking)));
    }

    private Judgement workload(OutcomeRule.WorkloadAbove rule, TermFacts facts) {
        List<MonthlyFacts> months = facts.reports().values().stream()
                .filter(m -> m.coreWorkload() != null && m.departmentAverageWorkload() != null).toList();
        BigDecimal own = months.stream().map(MonthlyFacts::coreWorkload).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = months.stream().map(MonthlyFacts::departmentAverageWorkload)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ratio = average.signum() == 0 ? BigDecimal.ZERO
                : own.multiply(HUNDRED).divide(average, 1, RoundingMode.HALF_UP);
        boolean achieved = average.signum() > 0 && ratio.compareTo(rule.percent()) >= 0;
        String listed = months.stream().map(m -> m.month().toString()).collect(Collectors.joining(", "));
        return new Judgement(achieved, false, rule.percent(), ratio.stripTrailingZeros(), new Text(
                "核心工作量：本人合计 %s，科室同岗平均合计 %s，为 %s%%，要求至少 %s%%（计入月份：%s）".formatted(
                        own.toPlainString(), average.toPlainString(), ratio.toPlainString(),
                        rule.percent().toPlainString(), listed.isEmpty() ? "无" : listed),
                "core workload: own total %s against the department's same-post average total %s, %s%%, at least %s%% required (months counted: %s)"
                        .formatted(own.toPlainString(), average.toPlainString(), ratio.toPlainString(),
                                rule.percent().toPlainString(), listed.isEmpty() ? "none" : listed)));
    }

    private Judgement mentees(OutcomeRule.MenteeImprovement rule, TermFacts facts) {
        List<Mentee> active = facts.registers().activeMentees(rule.track());
        BigDecimal weakest = null;
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        boolean all = !active.isEmpty();
        for (Mentee mentee : active) {
            Optional<Mentee.Assessment> latest = mentee.latest();
            if (latest.isEmpty() || mentee.baselineScore().signum() == 0) {
                all = false;
                weakest = BigDecimal.ZERO;
                zh.append("%s：基线 %s，尚无评估；".formatted(mentee.menteeId(), mentee.baselineScore().toPlainString()));
                en.append("%s: baseline %s, not assessed yet; ".formatted(mentee.menteeId(),
                        mentee.baselineScore().toPlainString()));
                continue;
            }
            BigDecimal change = latest.get().score().subtract(mentee.baselineScore()).multiply(HUNDRED)
                    .divide(mentee.baselineScore(), 1, RoundingMode.HALF_UP);
            all &= change.compareTo(rule.relativePercent()) >= 0;
            weakest = weakest == null || change.compareTo(weakest) < 0 ? change : weakest;
            zh.append("%s：基线 %s，%s 评估 %s，提高 %s%%；".formatted(mentee.menteeId(),
                    mentee.baselineScore().toPlainString(), latest.get().date(), latest.get().score().toPlainString(),
                    change.toPlainString()));
            en.append("%s: baseline %s, assessed %s on %s, up %s%%; ".formatted(mentee.menteeId(),
                    mentee.baselineScore().toPlainString(), latest.get().score().toPlainString(), latest.get().date(),
                    change.toPlainString()));
        }
        return new Judgement(all, false, rule.relativePercent(),
                weakest == null ? BigDecimal.ZERO : weakest.stripTrailingZeros(), new Text(
                "%s每名在册徒弟能力评分须提高至少 %s%%：%s".formatted(rule.track() == MenteeTrack.DEPARTMENT
                        ? "科室" : "基层", rule.relativePercent().toPlainString(),
                        active.isEmpty() ? "尚无在册徒弟" : zh.toString().replaceAll("；$", "")),
                "every active %s mentee's capability score must rise by at least %s%%: %s".formatted(
                        rule.track().name().toLowerCase(Locale.ROOT), rule.relativePercent().toPlainString(),
                        active.isEmpty() ? "no active mentee" : en.toString().replaceAll("; $", ""))));
    }

    private Judgement noIncident(OutcomeRule.NoIncident rule, TermFacts facts, boolean termOver) {
        TermCalendar calendar = facts.calendar();
        List<Incident> counted = facts.registers().departmentIncidents().stream()
                .filter(i -> rule.types().contains(i.type()))
                .filter(i -> calendar.contains(YearMonth.from(i.occurredOn())))
                .toList();
        String listed = counted.stream().map(i -> i.type() + " " + i.occurredOn()).collect(Collectors.joining(", "));
        return new Judgement(counted.isEmpty() && termOver, !counted.isEmpty(), BigDecimal.ZERO,
                BigDecimal.valueOf(counted.size()), new Text(
                counted.isEmpty() ? "聘期内本科室未发生重大医疗差错或事故" : "本科室聘期内发生：" + listed,
                counted.isEmpty() ? "no major medical error or accident in the department during the term so far"
                        : "in the department during the term: " + listed));
    }

    private static List<Achievement> achievements(TermFacts facts, AchievementKind kind) {
        return facts.registers().achievements().stream().filter(a -> a.kind() == kind).toList();
    }
}
