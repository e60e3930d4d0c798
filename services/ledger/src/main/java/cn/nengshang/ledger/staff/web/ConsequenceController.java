package cn.nengshang.ledger.staff.web;

import cn.nengshang.ledger.casework.query.Consequences;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.staff.api.StaffId;
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.staff.query.OverdueReport;
import cn.nengshang.ledger.staff.query.OverdueReportRepository;
import cn.nengshang.ledger.staff.query.PostGradePeriodRepository;
import cn.nengshang.ledger.staff.query.RectificationRepository;
import cn.nengshang.ledger.staff.query.RectificationRow;
import cn.nengshang.ledger.staff.query.StaffAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What follows from the record: post grades over time, awards, clawbacks, rectifications, overdue reports. */
@RestController
class ConsequenceController {

    private final StaffAccess access;
    private final PostGradePeriodRepository periods;
    private final Consequences consequences;
    private final RectificationRepository rectifications;
    private final OverdueReportRepository overdue;

    ConsequenceController(StaffAccess access, PostGradePeriodRepository periods, Consequences consequences,
                          RectificationRepository rectifications, OverdueReportRepository overdue) {
        this.access = access;
        this.periods = periods;
        this.consequences = consequences;
        this.rectifications = rectifications;
        this.overdue = overdue;
    }

    record Period(LocalDate from, LocalDate to, int postGrade, String reason) {
    }

    @GetMapping("/api/v1/staff/{staffId}/post-grades")
    List<Period> postGrades(@PathVariable StaffId staffId, Actor actor) {
        access.readable(staffId, actor);
        return periods.findByStaffIdOrderByFromAsc(staffId.value()).stream()
                .map(p -> new Period(p.from(), p.to(), p.postGrade(), p.reason())).toList();
    }

    @GetMapping("/api/v1/staff/{staffId}/award-eligibility/{year}")
    Consequences.Eligibility awards(@PathVariable StaffId staffId, @PathVariable int year, Actor actor) {
        access.readable(staffId, actor);
        return consequences.awardEligibility(staffId.value(), year);
    }

    @GetMapping("/api/v1/staff/{staffId}/clawback")
    Consequences.Clawback clawback(@PathVariable StaffId staffId, Actor actor) {
        access.readable(staffId, actor);
        return consequences.clawback(staffId.value());
    }

    @GetMapping("/api/v1/terms/{termId}/rectifications")
    List<RectificationRow.View> ofTerm(@PathVariable TermId termId, Actor actor) {
        access.readable(termId.staffId(), actor);
        return rectifications.findByTermIdOrderByStartsOn(termId.toString()).stream().map(RectificationRow::view)
                .toList();
    }

    @GetMapping("/api/v1/rectifications")
    List<RectificationRow.View> all(@RequestParam(required = false) String state,
                                    @RequestParam(required = false) String institution,
                                    @RequestParam(required = false) String department, Actor actor) {
        ReadScope scope = ReadScope.of(actor, institution, department);
        return rectifications.search(state, scope.institution(), scope.department(), scope.ownOnly()).stream()
                .map(RectificationRow::view).toList();
    }

    record DepartmentOverdue(String institutionId, String departmentId, int count, List<OverdueReport.View> reports) {
    }

    /** Departments with monthly reports not in by their due day (scheme §六(三)2), with the reports. */
    @GetMapping("/api/v1/overdue-reports")
    List<DepartmentOverdue> overdue(@RequestParam(required = false) String institution,
                                    @RequestParam(required = false) String department, Actor actor) {
        ReadScope scope = ReadScope.of(actor, institution, department);
        Map<List<String>, List<OverdueReport>> byDepartment = overdue.search(scope.institution(), scope.department(), scope.ownOnly())
                .stream().collect(Collectors.groupingBy(o -> List.of(o.institutionId(), o.departmentId()),
                        LinkedHashMap::new, Collectors.toList()));
        return byDepartment.entrySet().stream().map(e -> new DepartmentOverdue(e.getKey().get(0), e.getKey().get(1),
                e.getValue().size(), e.getValue().stream().map(OverdueReport::view).toList())).toList();
    }
}
