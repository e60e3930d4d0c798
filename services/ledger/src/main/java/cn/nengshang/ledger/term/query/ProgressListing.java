package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.common.PageView;
import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.Status;
import cn.nengshang.policy.progress.TaskProgress;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One row per term for the HR centre: where each stands today, filtered by scope and status. */
@Service
public class ProgressListing {

    private final PeopleDirectory staff;
    private final TermRepository terms;
    private final ProgressQueries progress;
    private final Clock clock;

    ProgressListing(PeopleDirectory staff, TermRepository terms, ProgressQueries progress, Clock clock) {
        this.staff = staff;
        this.terms = terms;
        this.progress = progress;
        this.clock = clock;
    }

    public record Row(String termId, String staffId, String name, String institutionId, String departmentId,
                      String policyId, int termMonth, Map<Status, Long> statuses, List<String> behind,
                      List<String> failed) {
    }

    @Transactional(readOnly = true)
    public PageView<Row> list(ReadScope scope, Status status, Paging paging) {
        LocalDate today = LocalDate.now(clock);
        Map<String, PersonOnRecord> people = staff.within(scope).stream()
                .collect(Collectors.toMap(PersonOnRecord::staffId, Function.identity()));
        List<Row> rows = terms.findByStaffIdInOrderByTermId(people.keySet()).stream()
                .map(term -> row(term, people.get(term.staffId()), today))
                .filter(row -> status == null || row.statuses().getOrDefault(status, 0L) > 0)
                .toList();
        return paging.of(rows);
    }

    private Row row(TermRow term, PersonOnRecord person, LocalDate today) {
        Progress standing = progress.progress(TermId.of(term.termId()), person, today);
        Map<Status, Long> statuses = new EnumMap<>(Status.class);
        standing.tasks().forEach(t -> statuses.merge(t.status(), 1L, Long::sum));
        return new Row(term.termId(), person.staffId(), person.name(), person.institutionId(),
                person.departmentId(), standing.policyId(), standing.termMonth(), statuses,
                tasks(standing, Status.BEHIND), tasks(standing, Status.FAILED));
    }

    private static List<String> tasks(Progress progress, Status status) {
        return progress.tasks().stream().filter(t -> t.status() == status).map(TaskProgress::task).toList();
    }
}
