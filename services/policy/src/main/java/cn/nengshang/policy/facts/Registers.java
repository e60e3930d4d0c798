package cn.nengshang.policy.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything recorded for a term beyond the monthly reports: baselines, mentees, projects, achievements,
 * exempt weeks (by their Monday), and the qualifying incidents of the person's department.
 */
public record Registers(Baselines baselines, List<Mentee> mentees, List<Project> projects,
                        List<Achievement> achievements, Set<LocalDate> exemptWeeks, List<Incident> departmentIncidents) {

    public static final Registers NONE = new Registers(Baselines.NONE, List.of(), List.of(), List.of(), Set.of(),
            List.of());

    public Registers {
        baselines = baselines == null ? Baselines.NONE : baselines;
        mentees = List.copyOf(mentees);
        projects = List.copyOf(projects);
        achievements = List.copyOf(achievements);
        exemptWeeks = Set.copyOf(exemptWeeks);
        departmentIncidents = List.copyOf(departmentIncidents);
    }

    public List<Mentee> activeMentees(MenteeTrack track) {
        return mentees.stream().filter(m -> m.track() == track && !m.replaced()).toList();
    }

    public Registers withDepartmentIncidents(List<Incident> incidents) {
        return new Registers(baselines, mentees, projects, achievements, exemptWeeks, incidents);
    }
}
