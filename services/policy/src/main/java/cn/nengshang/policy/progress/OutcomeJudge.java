package cn.nengshang.policy.progress;

import cn.nengshang.policy.facts.Achievement;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.rules.OutcomeRule;
import cn.nengshang.policy.progress.Explanation.Code;
import cn.nengshang.policy.progress.Explanation.Finding;
import cn.nengshang.policy.rules.OutcomeRule.Improvement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Judges one outcome rule against a term's registers, with the figures it used. Percentages are compared
 * exactly, by cross-multiplying; the figures shown are rounded to one decimal (DOMAIN §4).
 */
final class OutcomeJudge {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The outcome's standing: achieved, or lost for good (an incident), with target, actual and findings. */
    record Judgement(boolean achieved, boolean irrecoverable, BigDecimal target, BigDecimal actual,
                     Explanation detail) {
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
        return new Judgement(achieved, false, BigDecimal.ONE, achieved ? BigDecimal.ONE : BigDecimal.ZERO,
                Explanation.of(Code.LEVEL_REQUIRED, rule.kind(), required, best.stream().toList()));
    }

    private Judgement improvement(Improvement rule, TermFacts facts) {
        BigDecimal baseline = facts.registers().baselines().figure(rule.baseline());
        Optional<Achievement> latest = achievements(facts, rule.measuredBy()).stream()
                .max(Comparator.comparing(Achievement::date));
        if (baseline == null || latest.isEmpty()) {
            return new Judgement(false, false, rule.threshold(), BigDecimal.ZERO, baseline == null
                    ? Explanation.of(Code.IMPROVEMENT_NO_BASELINE, rule.measuredBy(), rule.direction(),
                    rule.threshold(), rule.change(), rule.baseline())
                    : Explanation.of(Code.IMPROVEMENT_NOT_RECORDED, rule.measuredBy(), rule.direction(),
                    rule.threshold(), rule.change()));
        }
        BigDecimal value = latest.get().value();
        int sign = rule.direction() == Improvement.Direction.UP ? 1 : -1;
        BigDecimal difference = value.subtract(baseline);
        boolean enough;
        BigDecimal shownChange;
        if (rule.change() == Improvement.Change.POINTS) {
            shownChange = difference;
            enough = difference.multiply(BigDecimal.valueOf(sign)).compareTo(rule.threshold()) >= 0;
        } else if (baseline.signum() == 0) {
            shownChange = value.signum() > 0 ? HUNDRED : BigDecimal.ZERO;
            enough = shownChange.multiply(BigDecimal.valueOf(sign)).compareTo(rule.threshold()) >= 0;
        } else {
            shownChange = percentOf(difference, baseline);
            // sign × difference × 100 / baseline ≥ threshold, without dividing
            enough = difference.multiply(HUNDRED).multiply(BigDecimal.valueOf(sign * baseline.signum()))
                    .compareTo(rule.threshold().multiply(baseline.abs())) >= 0;
        }
        boolean lowEnough = rule.orAtMost() != null && value.compareTo(rule.orAtMost()) <= 0;
        Explanation detail = Explanation.of(Code.IMPROVEMENT, rule.measuredBy(), baseline, value,
                latest.get().date(), shownChange, rule.change(), rule.direction(), rule.threshold());
        if (rule.orAtMost() != null) {
            detail = detail.and(Code.OR_AT_MOST, rule.orAtMost());
        }
        BigDecimal gained = shownChange.multiply(BigDecimal.valueOf(sign));
        return new Judgement(enough || lowEnough, false, rule.threshold(), gained.stripTrailingZeros(), detail);
    }

    private Judgement present(OutcomeRule.AchievementsPresent rule, TermFacts facts) {
        List<AchievementKind> missing = rule.kinds().stream()
                .filter(kind -> achievements(facts, kind).isEmpty()).toList();
        int present = rule.kinds().size() - missing.size();
        return new Judgement(missing.isEmpty(), false, BigDecimal.valueOf(rule.kinds().size()),
                BigDecimal.valueOf(present), Explanation.of(Code.RECORDS_REQUIRED, rule.kinds())
                .and(missing.isEmpty() ? Explanation.of(Code.ALL_RECORDED)
                        : Explanation.of(Code.RECORDS_MISSING, missing)));
    }

    private Judgement workload(OutcomeRule.WorkloadAbove rule, TermFacts facts) {
        List<MonthlyFacts> months = facts.reports().values().stream()
                .filter(m -> m.coreWorkload() != null && m.departmentAverageWorkload() != null).toList();
        BigDecimal own = months.stream().map(MonthlyFacts::coreWorkload).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal average = months.stream().map(MonthlyFacts::departmentAverageWorkload)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal ratio = average.signum() == 0 ? BigDecimal.ZERO : percentOf(own, average);
        // own × 100 / average ≥ percent, without dividing
        boolean achieved = average.signum() > 0
                && own.multiply(HUNDRED).compareTo(rule.percent().multiply(average)) >= 0;
        return new Judgement(achieved, false, rule.percent(), ratio.stripTrailingZeros(),
                Explanation.of(Code.WORKLOAD, own, average, ratio, rule.percent(),
                        months.stream().map(MonthlyFacts::month).toList()));
    }

    private Judgement mentees(OutcomeRule.MenteeImprovement rule, TermFacts facts) {
        List<Mentee> active = facts.registers().activeMentees(rule.track());
        BigDecimal weakest = null;
        List<Finding> each = new ArrayList<>();
        boolean all = !active.isEmpty();
        for (Mentee mentee : active) {
            Optional<Mentee.Assessment> latest = mentee.latest();
            if (latest.isEmpty() || mentee.baselineScore().signum() == 0) {
                all = false;
                weakest = BigDecimal.ZERO;
                each.add(Explanation.finding(Code.MENTEE_NOT_ASSESSED, mentee.menteeId(), mentee.baselineScore()));
                continue;
            }
            BigDecimal rise = latest.get().score().subtract(mentee.baselineScore());
            BigDecimal change = percentOf(rise, mentee.baselineScore());
            // rise × 100 / baseline ≥ required percent, without dividing (baselines are positive)
            all &= rise.multiply(HUNDRED).compareTo(rule.relativePercent().multiply(mentee.baselineScore())) >= 0;
            weakest = weakest == null || change.compareTo(weakest) < 0 ? change : weakest;
            each.add(Explanation.finding(Code.MENTEE_ASSESSED, mentee.menteeId(), mentee.baselineScore(),
                    latest.get().date(), latest.get().score(), change));
        }
        return new Judgement(all, false, rule.relativePercent(),
                weakest == null ? BigDecimal.ZERO : weakest.stripTrailingZeros(),
                Explanation.of(Code.MENTEE_IMPROVEMENT, rule.track(), rule.relativePercent(), each));
    }

    private Judgement noIncident(OutcomeRule.NoIncident rule, TermFacts facts, boolean termOver) {
        TermCalendar calendar = facts.calendar();
        List<Incident> counted = facts.registers().departmentIncidents().stream()
                .filter(i -> rule.types().contains(i.type()))
                .filter(i -> calendar.contains(YearMonth.from(i.occurredOn())))
                .toList();
        return new Judgement(counted.isEmpty() && termOver, !counted.isEmpty(), BigDecimal.ZERO,
                BigDecimal.valueOf(counted.size()), counted.isEmpty() ? Explanation.of(Code.NO_INCIDENT)
                : Explanation.of(Code.INCIDENTS, counted.stream()
                        .map(i -> Explanation.finding(Code.INCIDENT, i.type(), i.occurredOn())).toList()));
    }

    /** A part as a percentage of a whole, shown to one decimal. */
    private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static List<Achievement> achievements(TermFacts facts, AchievementKind kind) {
        return facts.registers().achievements().stream().filter(a -> a.kind() == kind).toList();
    }
}
