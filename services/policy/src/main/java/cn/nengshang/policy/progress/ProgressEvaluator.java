package cn.nengshang.policy.progress;

import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.progress.Explanation.Code;
import cn.nengshang.policy.progress.Explanation.MonthCount;
import cn.nengshang.policy.progress.Explanation.MonthShare;
import cn.nengshang.policy.rules.Combine;
import cn.nengshang.policy.rules.Measure;
import cn.nengshang.policy.rules.Metric;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.Reading;
import cn.nengshang.policy.rules.RegisterRule;
import cn.nengshang.policy.rules.TaskKind;
import cn.nengshang.policy.rules.TaskRule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The one evaluator of the scheme: (policy, facts, as-of day) → every task's target, expected-by-now,
 * actual and status, with an explanation that names the months and counts it used (DOMAIN §4), as findings
 * without words ({@link Explanation}).
 */
public final class ProgressEvaluator {

    private final OutcomeJudge outcomeJudge = new OutcomeJudge();

    public Progress evaluate(Policy policy, TermFacts facts, LocalDate asOf) {
        return evaluate(policy, facts, asOf, null);
    }

    private Progress evaluate(Policy policy, TermFacts facts, LocalDate asOf, List<YearMonth> window) {
        int ended = facts.calendar().endedMonths(asOf);
        List<TaskProgress> tasks = policy.tasks().stream()
                .map(rule -> evaluate(rule, facts, ended, window))
                .toList();
        return new Progress(policy.policyId(), asOf, ended, tasks);
    }

    /**
     * A rectification period's judgement (DOMAIN §6): per-month and per-week tasks over the term-months that
     * ended inside the period, count tasks against the expectation due by its end, registrations as they stand.
     */
    public Suggestion judgeRectification(Policy policy, TermFacts facts, LocalDate from, LocalDate until) {
        List<YearMonth> inside = facts.calendar().firstMonths(facts.calendar().endedMonths(until)).stream()
                .filter(month -> month.atEndOfMonth().isAfter(from))
                .toList();
        return stage(policy, evaluate(policy, facts, until, inside));
    }

    private TaskProgress evaluate(TaskRule rule, TermFacts facts, int ended, List<YearMonth> window) {
        if (!rule.appliesTo(facts.family(), facts.surgical())) {
            return new TaskProgress(rule.task(), rule.name(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                Status.NOT_APPLICABLE, Explanation.of(Code.NOT_APPLICABLE));
        }
        return switch (rule.kind()) {
            case TERM_COUNT -> termCount(rule, facts, ended);
            case REGISTER -> register(rule, facts, ended);
            case OUTCOME -> outcome(rule, facts, ended);
            default -> periodic(rule, facts, ended, window);
        };
    }

    /**
     * The suggested quarterly verdict (DOMAIN §4): the stage tasks as they stand at the quarter's end, with
     * every fact recorded so far; PASS when each is met or on track.
     */
    public Suggestion suggest(Policy policy, TermFacts facts, LocalDate quarterEnd) {
        return stage(policy, evaluate(policy, facts, quarterEnd));
    }

    private static Suggestion stage(Policy policy, Progress progress) {
        List<TaskProgress> stage = progress.tasks().stream()
                .filter(t -> policy.task(t.task()).map(TaskRule::isStageTask).orElse(false))
                .toList();
        return new Suggestion(policy.policyId(), progress.termMonth(),
                stage.stream().allMatch(TaskProgress::passing) ? Suggestion.Verdict.PASS : Suggestion.Verdict.FAIL,
                stage);
    }

    /** Count tasks: cumulative from the term's start against ⌊target × m / M⌋. */
    private TaskProgress termCount(TaskRule rule, TermFacts facts, int ended) {
        int months = facts.months();
        List<Tally> tallies = rule.measures().stream().map(measure -> {
            int target = measure.target(facts.rank());
            int expected = rule.dueAtEnd() ? (ended >= months ? target : 0) : target * ended / months;
            List<YearMonth> counted = facts.calendar().firstMonths(ended);
            int actual = sum(facts, measure.metric(), counted);
            Explanation detail = counted(facts, measure.metric(), counted, actual).and(rule.dueAtEnd()
                    ? Explanation.of(Code.DUE_AT_TERM_END, target)
                    : Explanation.of(Code.DUE_BY_TERM_MONTH, ended, months, target, expected));
            return new Tally(target, expected, actual, actual >= expected, actual >= target, detail);
        }).toList();
        boolean met = combine(rule.combine(), tallies, Tally::reached);
        boolean onTrack = combine(rule.combine(), tallies, Tally::met);
        Status status = met ? Status.MET : ended >= months ? Status.FAILED
                : onTrack ? Status.ON_TRACK : Status.BEHIND;
        return result(rule, representative(rule.combine(), tallies), status, explain(rule.combine(), tallies));
    }

    /** Per-month, per-week and per-year tasks: judged window by window; never MET before the term ends. */
    private TaskProgress periodic(TaskRule rule, TermFacts facts, int ended, List<YearMonth> period) {
        TermCalendar calendar = facts.calendar();
        List<List<YearMonth>> windows = rule.kind() == TaskKind.PER_YEAR ? calendar.termYears(ended)
                : period != null ? List.of(period) : calendar.quarters(ended);
        List<List<Tally>> judged = windows.stream()
                .map(window -> rule.measures().stream().map(m -> tally(rule, m, window, facts)).toList())
                .toList();
        List<Tally> current = judged.isEmpty()
                ? rule.measures().stream().map(m -> tally(rule, m, List.of(), facts)).toList()
                : judged.get(judged.size() - 1);
        boolean currentMet = combine(rule.combine(), current, Tally::met);
        List<Integer> missed = new ArrayList<>();
        for (int i = 0; i < judged.size(); i++) {
            if (!combine(rule.combine(), judged.get(i), Tally::met)) {
                missed.add(i);
            }
        }
        Status status;
        Explanation explanation = explain(rule.combine(), current);
        if (ended >= facts.months()) {
            status = missed.isEmpty() ? Status.MET : Status.FAILED;
            explanation = missed.isEmpty() ? explanation.and(Code.EVERY_WINDOW_MET)
                    : explanation.and(Code.WINDOWS_SHORT, missed.stream().map(i -> windowName(windows.get(i))).toList());
        } else {
            status = currentMet ? Status.ON_TRACK : Status.BEHIND;
        }
        return result(rule, representative(rule.combine(), current), status, explanation);
    }

    /**
     * One measure over one window. Per-year: the count against ⌊target × k / 12⌋. Per-month and per-week: the
     * total against the months' requirements, a short month made up inside the window; under {@code PER_MONTH}
     * every month is binding, and {@code expected} and {@code actual} count months (DOMAIN §4).
     */
    private Tally tally(TaskRule rule, Measure measure, List<YearMonth> window, TermFacts facts) {
        int target = measure.target(facts.rank());
        Metric metric = measure.metric();
        String name = windowName(window);
        if (rule.kind() == TaskKind.PER_YEAR) {
            int expected = target * window.size() / 12;
            int actual = sum(facts, metric, window);
            Explanation detail = Explanation.of(Code.COUNTED_IN_TERM_YEAR, metric, name, actual, monthCounts(facts,
                            metric, window))
                    .and(missingReports(facts, window))
                    .and(Code.DUE_BY_TERM_YEAR_MONTH, window.size(), target, expected);
            return new Tally(target, expected, actual, actual >= expected, false, detail);
        }
        Function<YearMonth, Integer> required = rule.kind() == TaskKind.PER_WEEK
                ? month -> (int) TermCalendar.mondaysOf(month).stream()
                        .filter(monday -> !facts.exemptWeeks().contains(monday)).count()
                : month -> target;
        boolean perMonth = rule.reading() == Reading.PER_MONTH;
        int expected = perMonth ? window.size() : window.stream().mapToInt(required::apply).sum();
        int actual = perMonth
                ? (int) window.stream().filter(month -> count(facts, metric, month) >= required.apply(month)).count()
                : sum(facts, metric, window);
        List<MonthShare> shares = window.stream()
                .map(month -> new MonthShare(month, count(facts, metric, month), required.apply(month))).toList();
        Explanation detail = (window.isEmpty() ? Explanation.of(Code.NO_MONTH_ENDED, metric, name)
                : Explanation.of(Code.WINDOW, metric, name, shares))
                .and(rule.kind() == TaskKind.PER_WEEK ? Explanation.of(Code.DAYS_FOR_WEEKS)
                        : Explanation.of(Code.AT_LEAST_A_MONTH, target))
                .and(perMonth ? Code.MONTHS_AT_MINIMUM : Code.TOTAL, actual, expected)
                .and(perMonth ? Code.EVERY_MONTH_BINDING : Code.MADE_UP_IN_QUARTER)
                .and(missingReports(facts, window));
        return new Tally(target, expected, actual, actual >= expected, false, detail);
    }

    private static int count(TermFacts facts, Metric metric, YearMonth month) {
        return facts.count(metric, month);
    }

    private static int sum(TermFacts facts, Metric metric, List<YearMonth> months) {
        return months.stream().mapToInt(month -> count(facts, metric, month)).sum();
    }

    /** A count task's tally: the months that contributed, with their counts, and those without a report. */
    private static Explanation counted(TermFacts facts, Metric metric, List<YearMonth> months, int actual) {
        List<MonthCount> contributed = monthCounts(facts, metric, months);
        Explanation counted = contributed.isEmpty() ? Explanation.of(Code.NOTHING_COUNTED, metric)
                : Explanation.of(metric.fromReport() ? Code.COUNTED_FROM_REPORTS : Code.COUNTED_FROM_RECORDS, metric,
                actual, contributed);
        return metric.fromReport() ? counted.and(missingReports(facts, months)) : counted;
    }

    private static List<MonthCount> monthCounts(TermFacts facts, Metric metric, List<YearMonth> months) {
        return months.stream().filter(month -> count(facts, metric, month) > 0)
                .map(month -> new MonthCount(month, count(facts, metric, month))).toList();
    }

    /** The months of a window without a report, which count as zero; nothing when every one has its report. */
    private static Explanation missingReports(TermFacts facts, List<YearMonth> months) {
        List<YearMonth> missing = months.stream().filter(month -> !facts.reports().containsKey(month)).toList();
        return Explanation.of(missing.isEmpty() ? List.of()
                : List.of(Explanation.finding(Code.MISSING_REPORTS, missing)));
    }

    private static String windowName(List<YearMonth> window) {
        if (window.isEmpty()) {
            return "-";
        }
        YearMonth first = window.get(0);
        YearMonth last = window.get(window.size() - 1);
        return window.size() > 3 || !TermCalendar.quarterOf(first).equals(TermCalendar.quarterOf(last))
                ? first + ".." + last : TermCalendar.quarterOf(first);
    }

    private static boolean combine(Combine combine, List<Tally> tallies, Predicate<Tally> test) {
        return combine == Combine.ANY ? tallies.stream().anyMatch(test) : tallies.stream().allMatch(test);
    }

    /**
     * The measure shown in the answer's numbers: with ALL the one furthest from its target, with ANY the
     * one closest to it. The explanation always names every measure.
     */
    private static Tally representative(Combine combine, List<Tally> tallies) {
        Comparator<Tally> share = Comparator.comparingDouble(Tally::share);
        return combine == Combine.ANY
                ? tallies.stream().max(share).orElseThrow()
                : tallies.stream().min(share).orElseThrow();
    }

    private static Explanation explain(Combine combine, List<Tally> tallies) {
        Explanation joined = tallies.stream().map(Tally::detail).reduce(Explanation.of(List.of()), Explanation::and);
        return combine == Combine.ANY && tallies.size() > 1 ? Explanation.of(Code.EITHER_SUFFICES).and(joined) : joined;
    }

    private static TaskProgress result(TaskRule rule, Tally shown, Status status, Explanation explanation) {
        return new TaskProgress(rule.task(), rule.name(), BigDecimal.valueOf(shown.target()),
                BigDecimal.valueOf(shown.expected()), BigDecimal.valueOf(shown.actual()), status, explanation);
    }

    /** Mentee registers (T1, G6): registered by the due term-month and kept; G6 also improves by the end. */
    private TaskProgress register(TaskRule rule, TermFacts facts, int ended) {
        RegisterRule register = rule.register();
        int target = register.targets().get(facts.rank());
        int expected = ended >= register.dueByTermMonth() ? target : 0;
        List<Mentee> active = facts.registers().activeMentees(register.track());
        List<Mentee> replaced = facts.registers().mentees().stream()
                .filter(m -> m.track() == register.track() && m.replaced()).toList();
        boolean termOver = ended >= facts.months();
        List<OutcomeJudge.Judgement> outcomes = rule.outcomes().stream()
                .map(o -> outcomeJudge.judge(o, facts, termOver)).toList();
        boolean improved = outcomes.stream().allMatch(OutcomeJudge.Judgement::achieved);
        Status status;
        if (termOver) {
            status = active.size() >= target && improved ? Status.MET : Status.FAILED;
        } else if (active.size() < expected) {
            status = Status.BEHIND;
        } else {
            status = outcomes.isEmpty() && active.size() >= target ? Status.MET : Status.ON_TRACK;
        }
        Explanation explanation = Explanation.of(Code.MENTEES_ACTIVE, active.size(), active.stream()
                .map(m -> Explanation.finding(Code.MENTEE, m.menteeId(), m.name(), m.since())).toList());
        if (!replaced.isEmpty()) {
            explanation = explanation.and(Code.MENTEES_REPLACED, replaced.stream().map(Mentee::menteeId).toList());
        }
        explanation = explanation.and(Code.MENTEES_REQUIRED, target, register.dueByTermMonth());
        for (OutcomeJudge.Judgement judgement : outcomes) {
            explanation = explanation.and(judgement.detail());
        }
        return new TaskProgress(rule.task(), rule.name(), BigDecimal.valueOf(target), BigDecimal.valueOf(expected),
                BigDecimal.valueOf(active.size()), status, explanation);
    }

    /** Outcome tasks: met once achieved, failed at once by an irrecoverable fact, else pending until the end. */
    private TaskProgress outcome(TaskRule rule, TermFacts facts, int ended) {
        boolean termOver = ended >= facts.months();
        List<OutcomeJudge.Judgement> judged = rule.outcomes().stream()
                .map(o -> outcomeJudge.judge(o, facts, termOver)).toList();
        boolean achieved = rule.combine() == Combine.ANY
                ? judged.stream().anyMatch(OutcomeJudge.Judgement::achieved)
                : judged.stream().allMatch(OutcomeJudge.Judgement::achieved);
        boolean lost = judged.stream().anyMatch(OutcomeJudge.Judgement::irrecoverable);
        Status status = lost ? Status.FAILED : achieved ? Status.MET : termOver ? Status.FAILED : Status.PENDING;
        OutcomeJudge.Judgement shown = judged.stream()
                .filter(j -> rule.combine() == Combine.ANY ? j.achieved() : !j.achieved())
                .findFirst().orElse(judged.get(0));
        Explanation explanation = judged.stream().map(OutcomeJudge.Judgement::detail)
                .reduce(Explanation.of(List.of()), Explanation::and);
        if (rule.combine() == Combine.ANY && judged.size() > 1) {
            explanation = Explanation.of(Code.EITHER_SUFFICES).and(explanation);
        }
        if (!termOver && !lost) {
            explanation = explanation.and(Code.CURRENT_STANDING);
        }
        return new TaskProgress(rule.task(), rule.name(), shown.target(),
                termOver ? shown.target() : BigDecimal.ZERO, shown.actual(), status, explanation);
    }

    /** One measure judged over one window (or the term so far). */
    private record Tally(int target, int expected, int actual, boolean met, boolean reached, Explanation detail) {

        double share() {
            return target == 0 ? 1.0 : (double) actual / target;
        }
    }
}
