package cn.nengshang.policy.golden;

import cn.nengshang.policy.facts.Achievement;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.facts.Incident;
import cn.nengshang.policy.facts.IncidentType;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.Mentee;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.facts.Project;
import cn.nengshang.policy.facts.ProjectKind;
import cn.nengshang.policy.facts.ProjectRole;
import cn.nengshang.policy.facts.Registers;
import cn.nengshang.policy.facts.Responsibility;
import cn.nengshang.policy.golden.GoldenScenarios.Entry;
import cn.nengshang.policy.golden.GoldenScenarios.Scenario;
import cn.nengshang.policy.golden.GoldenScenarios.Term;
import cn.nengshang.policy.progress.MonthlyFacts;
import cn.nengshang.policy.progress.TermFacts;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** A golden scenario's term as the record stood at the end of a day: what was logged by then. */
final class GoldenFacts {

    private GoldenFacts() {
    }

    static TermFacts asOf(Scenario scenario, Term term, LocalDate day, boolean surgical) {
        Map<YearMonth, MonthlyFacts> reports = new TreeMap<>();
        term.reports().stream().filter(r -> !r.loggedOn().isAfter(day)).forEach(r -> reports.put(r.month(),
                new MonthlyFacts(r.month(), r.counts(), Set.copyOf(r.days()), r.coreWorkload(),
                        r.departmentAverageWorkload())));
        Map<String, Mentee> mentees = new LinkedHashMap<>();
        List<Project> projects = new ArrayList<>();
        List<Achievement> achievements = new ArrayList<>();
        Set<LocalDate> exempt = new HashSet<>();
        for (Entry e : term.records()) {
            if (e.on().isAfter(day)) {
                continue;
            }
            switch (e.kind()) {
                case "mentee" -> mentees.put(e.word(0), new Mentee(e.word(0), e.word(0),
                        MenteeTrack.valueOf(e.word(1)), e.number("baseline"), e.on(), false, List.of()));
                case "assess" -> mentees.computeIfPresent(e.word(0), (id, m) ->
                        m.assessed(new Mentee.Assessment(e.date("on"), e.number("score"))));
                case "replace" -> {
                    Mentee left = mentees.get(e.word(0));
                    mentees.put(left.menteeId(), left.replacedNow());
                    mentees.put(e.after("by"), new Mentee(e.after("by"), e.after("by"), left.track(),
                            e.number("baseline"), e.on(), false, List.of()));
                }
                case "project" -> projects.add(new Project(ProjectKind.valueOf(e.word(0)), Level.valueOf(e.word(1)),
                        ProjectRole.valueOf(e.word(2)), "", e.date("on")));
                case "achievement" -> achievements.add(new Achievement(AchievementKind.valueOf(e.word(0)),
                        e.date("on"), e.after("level") == null ? null : Level.valueOf(e.after("level")),
                        e.number("value"), ""));
                case "exempt" -> exempt.add(e.date("of"));
                default -> throw new IllegalArgumentException("unknown record " + e);
            }
        }
        List<Incident> incidents = scenario.incidents().stream().filter(e -> !e.on().isAfter(day))
                .map(e -> new Incident(IncidentType.valueOf(e.word(0)), e.date("on"),
                        e.after("grade") == null ? null : Integer.valueOf(e.after("grade")),
                        e.after("responsibility") == null ? null : Responsibility.valueOf(e.after("responsibility")),
                        null))
                .toList();
        Map<String, java.math.BigDecimal> b = term.baselines();
        Baselines baselines = new Baselines(b.get("specialtyScore"), b.get("qcPassRate"), b.get("indicatorRate"),
                b.get("disputeRate"));
        return new TermFacts(term.start(), term.months(), scenario.rank(), scenario.profession().family(), surgical,
                reports, new Registers(baselines, List.copyOf(mentees.values()), projects, achievements, exempt,
                incidents));
    }
}
