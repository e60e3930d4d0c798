package cn.nengshang.ledger.appointment.web;

import cn.nengshang.ledger.common.DomainRange;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.appointment.query.PostGradePeriod;
import cn.nengshang.ledger.appointment.query.PostGradePeriodRepository;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.casework.Awards;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** What the appointment shows: the post grade over time, and the awards a year's down-grading bars. */
@RestController
@RequestMapping("/api/v1/staff/{staffId}")
class AppointmentController {

    private final PeopleDirectory people;
    private final PostGradePeriodRepository periods;

    AppointmentController(PeopleDirectory people, PostGradePeriodRepository periods) {
        this.people = people;
        this.periods = periods;
    }

    record Period(LocalDate from, LocalDate to, int postGrade, String reason) {
    }

    @GetMapping("/post-grades")
    @Transactional(readOnly = true)
    List<Period> postGrades(@PathVariable StaffId staffId, Actor actor) {
        people.readable(staffId, actor);
        return periods.findByStaffIdOrderByFromAsc(staffId.value()).stream()
                .map(p -> new Period(p.from(), p.to(), p.postGrade(), p.reason())).toList();
    }

    record Eligibility(int year, boolean eligible, List<String> reasons) {
    }

    /** Not eligible for a year's awards (评优评先) in which the person spent any day down-graded (DOMAIN §8). */
    @GetMapping("/award-eligibility/{year}")
    @Transactional(readOnly = true)
    Eligibility awards(@PathVariable StaffId staffId, @PathVariable int year, Actor actor) {
        people.readable(staffId, actor);
        if (year < DomainRange.FIRST_DAY.getYear() || year > DomainRange.LAST_DAY.getYear()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("year", "RANGE",
                    DomainRange.FIRST_DAY.getYear(), DomainRange.LAST_DAY.getYear())));
        }
        List<Awards.Spell> downgraded = Awards.downgradedIn(year, periods.findByStaffIdOrderByFromAsc(staffId.value())
                .stream().map(PostGradePeriod::spell).toList());
        return new Eligibility(year, downgraded.isEmpty(), downgraded.isEmpty() ? List.of("no down-grading in " + year)
                : downgraded.stream().map(s -> "down-graded to post grade %d from %s (case %s)".formatted(
                s.postGrade(), s.from(), s.caseId())).toList());
    }
}
