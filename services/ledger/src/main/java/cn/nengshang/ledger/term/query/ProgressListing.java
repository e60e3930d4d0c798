package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.common.Positions;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.policy.progress.Status;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * HR's lists and dashboards, read from the task-progress projection: one row per term, filtered, sorted and paged
 * in the database, with the event-store position the rows reflect.
 */
@Service
public class ProgressListing {

    private final ProgressTable table;
    private final EventProcessingConfiguration processing;

    ProgressListing(ProgressTable table, EventProcessingConfiguration processing) {
        this.table = table;
        this.processing = processing;
    }

    public record Row(String termId, String staffId, String name, String institutionId, String departmentId,
                      String rank, String family, String state, String policyId, int termMonth, LocalDate asOf,
                      Map<Status, Integer> statuses, List<String> behind, List<String> failed, String openCaseId,
                      boolean inRectification) {
    }

    /** A page of the list, and the position in the event store that its rows reflect. */
    public record Page(List<Row> items, int page, int size, long total, Long position) {
    }

    public record Summary(List<ProgressTable.Group> groups, Long position) {
    }

    @Transactional(readOnly = true)
    public Page list(ProgressTable.Filter filter, ProgressTable.Sort sort, Paging paging) {
        Long position = position();
        List<Row> rows = table.list(filter, sort, paging.page() * paging.size(), paging.size()).stream()
                .map(ProgressListing::row).toList();
        return new Page(rows, paging.page(), paging.size(), table.count(filter), position);
    }

    @Transactional(readOnly = true)
    public Summary summary(ReadScope scope) {
        Long position = position();
        return new Summary(table.summary(scope), position);
    }

    private static Row row(ProgressTable.Listed listed) {
        ProgressTable.TermRow term = listed.term();
        ProgressTable.Placement at = term.placement();
        return new Row(at.termId(), at.staffId(), listed.name(), at.institutionId(), at.departmentId(), at.rank(),
                at.family(), listed.state(), term.policyId(), term.termMonth(), term.asOf(), term.statuses(),
                term.behind(), term.failed(), listed.openCaseId(), listed.inRectification());
    }

    /** The position the projection's processor has passed, or null before it has begun. */
    private Long position() {
        return processing.eventProcessor(TaskProgressProjection.GROUP, StreamingEventProcessor.class)
                .map(Positions::reached).orElse(null);
    }
}
