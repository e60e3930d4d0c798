package cn.nengshang.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A mentee of the register, with their baseline capability score and the assessments since. */
public record Mentee(String menteeId, String name, MenteeTrack track, BigDecimal baselineScore, LocalDate since,
                     boolean replaced, List<Assessment> assessments) {

    public Mentee {
        assessments = List.copyOf(assessments);
    }

    public record Assessment(LocalDate date, BigDecimal score) {
    }

    public Optional<Assessment> latest() {
        return assessments.stream().max(Comparator.comparing(Assessment::date));
    }

    public Mentee assessed(Assessment assessment) {
        List<Assessment> more = new java.util.ArrayList<>(assessments);
        more.add(assessment);
        return new Mentee(menteeId, name, track, baselineScore, since, replaced, more);
    }

    public Mentee replacedNow() {
        return new Mentee(menteeId, name, track, baselineScore, since, true, assessments);
    }
}
