package cn.nengshang.policy.progress;

import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.Mentee;
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
import java.util.stream.Collectors;

/**
 * The one evaluator of the scheme: (policy, facts, as-of day) → every task's target, expected-by-now,
 * actual and status, with an explanation that names the months and counts it used (DOMAIN §4).
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
                Status.NOT_APPLICABLE, new Text(
                    "不适用：该任务不属于本人的任务类别", "not applicable: not in this person's task set"));
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
            Text due = rule.dueAtEnd()
                    ? new Text("聘期末考核，期末前应完成数为 0", "judged at term end, nothing is due before")
                    : new Text("聘期第 %d/%d 月应完成 ⌊%d×%d/%d⌋=%d".formatted(ended, months, target, ended, months,
                    expected), "at term-month %d of %d expected ⌊%d×%d/%d⌋ = %d".formatted(ended, months, target,
                    ended, months, expected));
            Text detail = new Text(
                    "%s：已计 %d（%s）；%s，聘期目标 %d".formatted(measure.metric().label().zh(), actual,
                            listing(facts, measure.metric(), counted, true), due.zh(), target),
                    "%s: %d counted (%s); %s of the term target %d".formatted(measure.metric().label().en(), actual,
                            listing(facts, measure.metric(), counted, false), due.en(), target));
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
        Text explanation = explain(rule.combine(), current);
        if (ended >= facts.months()) {
            status = missed.isEmpty() ? Status.MET : Status.FAILED;
            String names = missed.stream().map(i -> windowName(windows.get(i))).collect(Collectors.joining(", "));
            explanation = missed.isEmpty()
                    ? append(explanation, "聘期内每个考核窗口均达标", "every window of the term met its expectation")
                    : append(explanation, "未达标的窗口：" + names, "windows that fell short: " + names);
        } else {
            status = currentMet ? Status.ON_TRACK : Status.BEHIND;
        }
        return result(rule, representative(rule.combine(), current), status, explanation);
    }

    private Tally tally(TaskRule rule, Measure measure, List<YearMonth> window, TermFacts facts) {
        int target = measure.target(facts.rank());
        Metric metric = measure.metric();
        String name = windowName(window);
        if (rule.kind() == TaskKind.PER_YEAR) {
            int expected = target * window.size() / 12;
            int actual = sum(facts, metric, window);
            Text detail = new Text(
                    "%s：%s 已计 %d（%s），该聘期年第 %d 月应完成 ⌊%d×%d/12⌋=%d".formatted(metric.label().zh(), name,
                            actual, listing(facts, metric, window, true), window.size(), target, window.size(), expected),
                    "%s: %d counted in %s (%s); at month %d of the term-year expected ⌊%d×%d/12⌋ = %d".formatted(
                            metric.label().en(), actual, name, listing(facts, metric, window, false), window.size(),
                            target, window.size(), expected));
            return new Tally(target, expected, actual, actual >= expected, false, detail);
        }
        Function<YearMonth, Integer> required = rule.kind() == TaskKind.PER_WEEK
                ? month -> (int) TermCalendar.mondaysOf(month).stream()
                        .filter(monday -> !facts.exemptWeeks().contains(monday)).count()
                : month -> target;
        int expected = window.stream().mapToInt(required::apply).sum();
        int actual = sum(facts, metric, window);
        boolean met = rule.reading() == Reading.PER_MONTH
                ? window.stream().allMatch(month -> count(facts, metric, month) >= required.apply(month))
                : actual >= expected;
        String perMonth = window.stream()
                .map(month -> "%s %d/%d".formatted(month, count(facts, metric, month), required.apply(month)))
                .collect(Collectors.joining(", "));
        Text unit = rule.kind() == TaskKind.PER_WEEK
                ? new Text("（实计天数/应到周数，扣除免除周）", " (days counted / weeks required, exempt weeks excluded)")
                : new Text("（每月至少 " + target + "）", " (at least " + target + " a month)");
        Text reading = rule.reading() == Reading.PER_MONTH
                ? new Text("，每月均须达标", "; every month is binding")
                : new Text("，季度内可互补", "; a short month may be made up within the quarter");
        Text detail = new Text(
                "%s：%s 窗口 %s%s；合计 %d，应 %d%s%s".formatted(metric.label().zh(), name,
                        perMonth.isEmpty() ? "尚无已结束的月份" : perMonth, unit.zh(), actual, expected, reading.zh(),
                        missingReports(facts, window, true)),
                "%s: window %s: %s%s; total %d, expected %d%s%s".formatted(metric.label().en(), name,
                        perMonth.isEmpty() ? "no month has ended yet" : perMonth, unit.en(), actual, expected,
                        reading.en(), missingReports(facts, window, false)));
        return new Tally(target, expected, actual, met, false, detail);
    }

    private static int count(TermFacts facts, Metric metric, YearMonth month) {
        return facts.count(metric, month);
    }

    private static int sum(TermFacts facts, Metric metric, List<YearMonth> months) {
        return months.stream().mapToInt(month -> count(facts, metric, month)).sum();
    }

    /** The months that contributed, with their counts, and those without a report. */
    private static String listing(TermFacts facts, Metric metric, List<YearMonth> months, boolean zh) {
        String counted = months.stream()
                .filter(month -> count(facts, metric, month) > 0)
                .map(month -> month + (zh ? "：" : ": ") + count(facts, metric, month))
                .collect(Collectors.joining(zh ? "，" : ", "));
        String source = metric.fromReport() ? (zh ? "月报 " : "reports ") : (zh ? "登记 " : "records ");
        String base = counted.isEmpty() ? (zh ? "无计入记录" : "no records counted") : source + counted;
        return metric.fromReport() ? base + missingReports(facts, months, zh) : base;
    }

    private static String missingReports(TermFacts facts, List<YearMonth> months, boolean zh) {
        String missing = months.stream().filter(month -> !facts.reports().containsKey(month))
                .map(YearMonth::toString).collect(Collectors.joining(zh ? "，" : ", "));
        return missing.isEmpty() ? "" : (zh ? "；未报月份按零计：" : "; months without a report count as zero: ") + missing;
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

    private static Text explain(Combine combine, List<Tally> tallies) {
        Text joined = new Text(
                tallies.stream().map(t -> t.detail().zh()).collect(Collectors.joining("；")),
                tallies.stream().map(t -> t.detail().en()).collect(Collectors.joining("; ")));
        return combine == Combine.ANY && tallies.size() > 1
                ? new Text("任一项达到即可。" + joined.zh(), "Either one suffices. " + joined.en())
                : joined;
    }

    private static Text append(Text text, String zh, String en) {
        return new Text(text.zh() + "；" + zh, text.en() + "; " + en);
    }

    private static TaskProgress result(TaskRule rule, Tally shown, Status status, Text explanation) {
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
        String names = active.stream().map(m -> m.menteeId() + " " + m.name() + " (" + m.since() + ")")
                .collect(Collectors.joining(", "));
        String gone = replaced.stream().map(Mentee::menteeId).collect(Collectors.joining(", "));
        Text explanation = new Text(
                "在册徒弟 %d 名%s%s；须于聘期第 %d 月末前登记 %d 名".formatted(active.size(),
                        names.isEmpty() ? "" : "：" + names, gone.isEmpty() ? "" : "（已更换：" + gone + "）",
                        register.dueByTermMonth(), target),
                "%d active mentees%s%s; %d required by the end of term-month %d".formatted(active.size(),
                        names.isEmpty() ? "" : ": " + names, gone.isEmpty() ? "" : " (replaced: " + gone + ")",
                        target, register.dueByTermMonth()));
        for (OutcomeJudge.Judgement judgement : outcomes) {
            explanation = append(explanation, judgement.detail().zh(), judgement.detail().en());
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
        Text explanation = new Text(
                judged.stream().map(j -> j.detail().zh()).collect(Collectors.joining(rule.combine() == Combine.ANY
                        ? "；或 " : "；")),
                judged.stream().map(j -> j.detail().en()).collect(Collectors.joining(rule.combine() == Combine.ANY
                        ? "; or " : "; ")));
        if (!termOver && !lost) {
            explanation = append(explanation, "聘期末考核，此为当前情况", "judged at term end; this is the current standing");
        }
        return new TaskProgress(rule.task(), rule.name(), shown.target(),
                termOver ? shown.target() : BigDecimal.ZERO, shown.actual(), status, explanation);
    }

    /** One measure judged over one window (or the term so far). */
    private record Tally(int target, int expected, int actual, boolean met, boolean reached, Text detail) {

        double share() {
            return target == 0 ? 1.0 : (double) actual / target;
        }
    }
}
