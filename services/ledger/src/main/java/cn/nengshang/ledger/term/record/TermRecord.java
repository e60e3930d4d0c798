package cn.nengshang.ledger.term.record;

import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.api.TermStarted;
import cn.nengshang.ledger.term.api.AchievementRecorded;
import cn.nengshang.ledger.term.api.MenteeAssessed;
import cn.nengshang.ledger.term.api.MenteeRegistered;
import cn.nengshang.ledger.term.api.MenteeReplaced;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.api.MonthlyReportCorrected;
import cn.nengshang.ledger.term.api.MonthlyReportSubmitted;
import cn.nengshang.ledger.term.api.ProjectRecorded;
import cn.nengshang.ledger.term.api.QuarterlyVerdictRecorded;
import cn.nengshang.ledger.term.api.TermEvent;
import cn.nengshang.ledger.term.api.WeekExempted;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.TaskFamily;
import cn.nengshang.policy.facts.Achievement;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.facts.Project;
import cn.nengshang.policy.facts.Registers;
import cn.nengshang.policy.progress.MonthlyFacts;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.progress.TermFacts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** One term of a person's record, folded from its events in order. */
public final class TermRecord {

    private final TermStarted start;
    private final Map<YearMonth, Logged> reports = new TreeMap<>();
    private final Map<String, Mentee> mentees = new LinkedHashMap<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Achievement> achievements = new ArrayList<>();
    private final Set<LocalDate> exemptWeeks = new HashSet<>();
    private final Map<Quarter, QuarterlyVerdictRecorded> verdicts = new TreeMap<>(
            Comparator.comparing(Quarter::year).thenComparing(Quarter::number));
    private int recordCount;
    private boolean ended;

    public TermRecord(TermStarted start) {
        this.start = start;
    }

    /** What a snapshot of the record keeps of the term: everything folded so far, in the order it was folded. */
    public record State(TermStarted start, List<Month> reports, List<Mentee> mentees, List<Project> projects,
                        List<Achievement> achievements, List<LocalDate> exemptWeeks,
                        List<QuarterlyVerdictRecorded> verdicts, int recordCount, boolean ended) {
    }

    /** A month's report as logged, in a snapshot. */
    public record Month(YearMonth month, Logged logged) {
    }

    public State snapshot() {
        return new State(start, reports.entrySet().stream().map(e -> new Month(e.getKey(), e.getValue())).toList(),
                List.copyOf(mentees.values()), List.copyOf(projects), List.copyOf(achievements),
                exemptWeeks.stream().sorted().toList(), List.copyOf(verdicts.values()), recordCount, ended);
    }

    /** The term as a snapshot left it. */
    public static TermRecord restore(State state) {
        TermRecord record = new TermRecord(state.start());
        state.reports().forEach(m -> record.reports.put(m.month(), m.logged()));
        state.mentees().forEach(m -> record.mentees.put(m.menteeId(), m));
        record.projects.addAll(state.projects());
        record.achievements.addAll(state.achievements());
        record.exemptWeeks.addAll(state.exemptWeeks());
        state.verdicts().forEach(v -> record.verdicts.put(Quarter.parse(v.quarter()).orElseThrow(), v));
        record.recordCount = state.recordCount();
        record.ended = state.ended();
        return record;
    }

    /** A report as logged: its content and version (1 for the first submission). */
    public record Logged(MonthlyReport report, int version, boolean late) {
    }

    public void apply(TermEvent event) {
        if (event instanceof MonthlyReportSubmitted e) {
            reports.put(e.month(), new Logged(e.report(), 1, e.late()));
        } else if (event instanceof MonthlyReportCorrected e) {
            Logged previous = reports.get(e.month());
            reports.put(e.month(), new Logged(e.report(), previous == null ? 1 : previous.version() + 1,
                    previous != null && previous.late()));
        } else if (event instanceof MenteeRegistered e) {
            mentees.put(e.menteeId(), new Mentee(e.menteeId(), e.name(), e.track(), e.baselineScore(), e.since(),
                    false, List.of()));
        } else if (event instanceof MenteeAssessed e) {
            mentees.computeIfPresent(e.menteeId(), (id, m) -> m.assessed(new Mentee.Assessment(e.date(), e.score())));
        } else if (event instanceof MenteeReplaced e) {
            Mentee left = mentees.get(e.menteeId());
            mentees.put(e.menteeId(), left.replacedNow());
            mentees.put(e.replacementId(), new Mentee(e.replacementId(), e.replacementName(), left.track(),
                    e.replacementBaselineScore(), e.on(), false, List.of()));
        } else if (event instanceof ProjectRecorded e) {
            projects.add(new Project(e.kind(), e.level(), e.role(), e.title(), e.date()));
        } else if (event instanceof AchievementRecorded e) {
            achievements.add(new Achievement(e.kind(), e.date(), e.level(), e.value(), e.description()));
        } else if (event instanceof WeekExempted e) {
            exemptWeeks.add(e.weekOf());
        } else if (event instanceof QuarterlyVerdictRecorded e) {
            verdicts.put(Quarter.parse(e.quarter()).orElseThrow(), e);
        }
        recordCount++;
    }

    /** The facts the evaluator judges, with the department's incidents supplied by the caller. */
    public TermFacts facts(List<Incident> departmentIncidents) {
        Map<YearMonth, MonthlyFacts> monthly = new TreeMap<>();
        reports.forEach((month, logged) -> monthly.put(month, logged.report().toFacts(month)));
        return new TermFacts(start.startMonth(), start.months(), start.rank(), start.family(), start.surgical(),
                monthly, new Registers(baselines(), List.copyOf(mentees.values()), projects, achievements,
                exemptWeeks, departmentIncidents));
    }

    public TermId termId() {
        return start.termId();
    }

    public String policyId() {
        return start.policyId();
    }

    public TermCalendar calendar() {
        return new TermCalendar(start.startMonth(), start.months());
    }

    public Rank rank() {
        return start.rank();
    }

    public TaskFamily family() {
        return start.family();
    }

    public Baselines baselines() {
        return start.baselines() == null ? Baselines.NONE : start.baselines();
    }

    public TermStarted start() {
        return start;
    }

    public Map<YearMonth, Logged> reports() {
        return Map.copyOf(reports);
    }

    public List<Mentee> mentees() {
        return List.copyOf(mentees.values());
    }

    public List<Project> projects() {
        return List.copyOf(projects);
    }

    public List<Achievement> achievements() {
        return List.copyOf(achievements);
    }

    public Set<LocalDate> exemptWeeks() {
        return Set.copyOf(exemptWeeks);
    }

    public Logged report(YearMonth month) {
        return reports.get(month);
    }

    public Mentee mentee(String menteeId) {
        return mentees.get(menteeId);
    }

    public boolean exempt(LocalDate monday) {
        return exemptWeeks.contains(monday);
    }

    public QuarterlyVerdictRecorded verdict(Quarter quarter) {
        return verdicts.get(quarter);
    }

    public List<QuarterlyVerdictRecorded> verdicts() {
        return List.copyOf(verdicts.values());
    }

    /** The term's end was recorded: its results are final. */
    public void end() {
        ended = true;
    }

    public boolean ended() {
        return ended;
    }

    /** How many register entries and reports were folded: ids of new entries are numbered from it. */
    public int recordCount() {
        return recordCount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TermRecord r && start.equals(r.start) && reports.equals(r.reports)
                && mentees.equals(r.mentees) && projects.equals(r.projects) && achievements.equals(r.achievements)
                && exemptWeeks.equals(r.exemptWeeks) && verdicts.equals(r.verdicts) && recordCount == r.recordCount
                && ended == r.ended;
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, reports, mentees.keySet(), recordCount);
    }
}
