package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.appointment.query.PostGradePeriodRepository;
import cn.nengshang.ledger.casework.query.CaseRepository;
import cn.nengshang.ledger.casework.query.CaseRow;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.query.RectificationRepository;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints, per person, what the record shows after the demonstration: verdicts, periods, cases, outcome. */
final class DemoPrinter {

    private final PeopleDirectory people;
    private final RectificationRepository rectifications;
    private final CaseRepository cases;
    private final PostGradePeriodRepository grades;

    DemoPrinter(PeopleDirectory people, RectificationRepository rectifications, CaseRepository cases,
                PostGradePeriodRepository grades) {
        this.people = people;
        this.rectifications = rectifications;
        this.cases = cases;
        this.grades = grades;
    }

    void print(PrintStream out, DemoScenario scenario, List<PersonOnRecord> everyone, Map<String, List<String>> verdicts,
               LocalDate until, double seconds) {
        out.println("Nengshang demonstration: " + everyone.size() + " seniors of the Cele County consortium, "
                + scenario.start().toLocalDate() + " to " + until + " in simulated time");
        for (PersonOnRecord before : everyone) {
            PersonOnRecord person = people.find(StaffId.of(before.staffId())).orElseThrow();
            String verdictList = String.join(", ", verdicts.getOrDefault(person.staffId(), List.of()));
            String periods = rectifications.findByTermIdOrderByStartsOn(person.termId()).stream()
                    .map(r -> r.view().quarter() + "→" + r.view().state()).collect(Collectors.joining(", "));
            String caseList = cases.findByStaffIdOrderByOpenedAt(person.staffId()).stream()
                    .map(c -> c.kind() + " " + c.state() + " (" + c.grounds().stream().map(CaseRow.GroundEntry::ground)
                            .distinct().collect(Collectors.joining("+")) + ")")
                    .collect(Collectors.joining("; "));
            String timeline = grades.findByStaffIdOrderByFromAsc(person.staffId()).stream()
                    .map(p -> String.valueOf(p.postGrade())).collect(Collectors.joining("→"));
            out.printf("%s %-10s %-13s %-12s | verdicts: %s | rectifications: %s | cases: %s | outcome: %s, post grade %s%n",
                    person.staffId(), person.name(), person.rank(), scenario.staff().get(person.staffId()),
                    verdictList.isEmpty() ? "-" : verdictList, periods.isEmpty() ? "none" : periods,
                    caseList.isEmpty() ? "none" : caseList, person.state(), timeline);
        }
        Map<String, Long> outcomes = everyone.stream()
                .map(p -> people.find(StaffId.of(p.staffId())).orElseThrow().state())
                .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
        out.printf("outcomes: %s; the term and its aftermath simulated in %.1f s%n", outcomes, seconds);
    }
}
