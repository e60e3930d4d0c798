package cn.nengshang.policy.casework;

import java.time.LocalDate;
import java.util.List;

/** Award eligibility (评优评先, DOMAIN §8): not in a year the person spent any day down-graded. */
public final class Awards {

    private Awards() {
    }

    /** A stretch of the post-grade timeline: from a day to a day (open when null), and whether a down-grade began it. */
    public record Spell(LocalDate from, LocalDate to, int postGrade, boolean downgrade, String caseId) {

        boolean covers(int year) {
            return from.getYear() <= year && (to == null || to.getYear() >= year);
        }
    }

    /** The down-grading spells that touch the year; eligible when there are none. */
    public static List<Spell> downgradedIn(int year, List<Spell> timeline) {
        return timeline.stream().filter(s -> s.downgrade() && s.covers(year)).toList();
    }
}
