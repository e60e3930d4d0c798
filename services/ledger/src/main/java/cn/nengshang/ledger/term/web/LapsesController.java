package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.term.query.OverdueReport;
import cn.nengshang.ledger.term.query.OverdueReportRepository;
import cn.nengshang.ledger.term.query.RectificationRepository;
import cn.nengshang.ledger.term.query.RectificationRow;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Rectification periods and overdue reports, scoped like every read of the record. */
@RestController
class LapsesController {

    private final PeopleDirectory people;
    private final RectificationRepository rectifications;
    private final OverdueReportRepository overdue;

    LapsesController(PeopleDirectory people, RectificationRepository rectifications, OverdueReportRepository overdue) {
        this.people = people;
        this.rectifications = rectifications;
        this.overdue = overdue;
    }

    @GetMapping("/api/v1/terms/{termId}/rectifications")
    @Transactional(readOnly = true)
    List<RectificationRow.View> ofTerm(@PathVariable TermId termId, Actor actor) {
        people.readable(termId.staffId(), actor);
        return rectifications.findByTermIdOrderByStartsOn(termId.toString()).stream().map(RectificationRow::view)
                .toList();
    }

    @GetMapping("/api/v1/rectifications")
    @Transactional(readOnly = true)
    List<RectificationRow.View> all(@RequestParam(required = false) RectificationRow.State state,
                                    @RequestParam(required = false) String institution,
                                    @RequestParam(required = false) String department, Actor actor) {
        ReadScope scope = ReadScope.of(actor, institution, department);
        Set<String> admitted = scope.institution() == null && scope.staffId() == null && !scope.nothing() ? null
                : people.within(scope).stream().map(PersonOnRecord::staffId).collect(Collectors.toSet());
        return rectifications.search(state == null ? null : state.name(), scope.ownOnly()).stream()
                .filter(r -> admitted == null || admitted.contains(r.staffId()))
                .map(RectificationRow::view).toList();
    }

    record DepartmentOverdue(String institutionId, String departmentId, int count, List<OverdueReport.View> reports) {
    }

    /** Departments with monthly reports not in by their due day (scheme §六(三)2), with the reports. */
    @GetMapping("/api/v1/overdue-reports")
    @Transactional(readOnly = true)
    List<DepartmentOverdue> overdue(@RequestParam(required = false) String institution,
                                    @RequestParam(required = false) String department, Actor actor) {
        ReadScope scope = ReadScope.of(actor, institution, department);
        Map<List<String>, List<OverdueReport>> byDepartment = overdue.search(scope.institution(), scope.department(),
                        scope.ownOnly()).stream()
                .collect(Collectors.groupingBy(o -> List.of(o.institutionId(), o.departmentId()),
                        LinkedHashMap::new, Collectors.toList()));
        return byDepartment.entrySet().stream().map(e -> new DepartmentOverdue(e.getKey().get(0), e.getKey().get(1),
                e.getValue().size(), e.getValue().stream().map(OverdueReport::view).toList())).toList();
    }
}
