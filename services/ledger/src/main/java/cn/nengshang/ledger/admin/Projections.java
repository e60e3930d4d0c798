package cn.nengshang.ledger.admin;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Positions;
import cn.nengshang.ledger.common.Rebuilds;
import cn.nengshang.ledger.common.StoredTokens;
import cn.nengshang.ledger.integration.publish.IntegrationPublisher;
import cn.nengshang.ledger.term.query.ProgressTable;
import cn.nengshang.ledger.term.query.TaskProgressCheck;
import org.axonframework.common.ExceptionUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.util.Comparator;
import java.util.List;

/**
 * The read models built by streaming processors, for an administrator: where each stands against the head of the
 * event store, a replay from the first event, and a check of the task-progress projection against the evaluator.
 * Only processors whose every handler can be reset replay: a saga's (which sends commands and schedules deadlines)
 * never does, so a replay triggers nothing again.
 */
@Service
public class Projections {

    /** The one projection with a check: its rows against the evaluator's answers. */
    static final String TASK_PROGRESS = "progress";
    /** How many terms the check reads at a time. */
    static final int CHECK_PAGE = 500;

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final TaskProgressCheck check;
    private final ParkedEvents parked;
    private final Rebuilds rebuilds;
    private final ProgressTable progress;

    private final StoredTokens tokens;
    private final TransactionManager transactions;
    private final JdbcTemplate jdbc;

    Projections(EventProcessingConfiguration processing, EventStore eventStore, TaskProgressCheck check,
                ParkedEvents parked, Rebuilds rebuilds, ProgressTable progress, StoredTokens tokens,
                TransactionManager transactions, JdbcTemplate jdbc) {
        this.tokens = tokens;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.progress = progress;
        this.rebuilds = rebuilds;
        this.processing = processing;
        this.eventStore = eventStore;
        this.check = check;
        this.parked = parked;
    }

    /**
     * A projection and where it stands; for the task-progress projection also the terms waiting to be evaluated
     * (after a replay, once per term) and those whose evaluation failed. A projection is replaying until its
     * processor has passed where the store stood when the replay began and no term waits.
     */
    public record Projection(String name, Long position, Long head, Long lag, boolean replaying, Long waiting,
                             Long failed) {
    }

    public List<Projection> all() {
        Long head = Positions.of(eventStore.createHeadToken());
        return processing.eventProcessors().entrySet().stream()
                .filter(e -> projection(e.getKey(), e.getValue()))
                .map(e -> projection(e.getKey(), (StreamingEventProcessor) e.getValue(), head))
                .sorted(Comparator.comparing(Projection::name)).toList();
    }

    private Projection projection(String name, StreamingEventProcessor processor, Long head) {
        Long position = Positions.holdsAll(processor) ? Positions.reached(processor) : tokens.reached(name);
        // the head is read before the positions: a processor may already be past it
        Long lag = head == null ? null : Math.max(0, head - (position == null ? -1 : position));
        boolean replaying = rebuilds.running(name, processor) || tokens.replaying(name);
        if (!TASK_PROGRESS.equals(name)) return new Projection(name, position, head, lag, replaying, null, null);
        ProgressTable.Backlog backlog = progress.backlog();
        return new Projection(name, position, head, lag, replaying || backlog.waiting() > 0, backlog.waiting(),
                backlog.failed());
    }

    /**
     * Starts rebuilding a projection's rows from the first event; the processor carries on from there. Segments
     * other replicas hold are taken from them in the same transaction as the reset: a batch they are handling
     * commits first (it holds its segment's row in the token store), the next one finds the claim gone and is
     * rolled back, and they take segments again, replaying, once this replica gives them back (SegmentBalancer).
     */
    public Projection replay(String name) {
        StreamingEventProcessor processor = replayable(name);
        processor.shutDown();
        rebuilds.begin(name, Positions.of(eventStore.createHeadToken()));
        try {
            transactions.executeInTransaction(() -> {
                jdbc.update("update token_entry set owner = null where processor_name = ?", name);
                processor.resetTokens(); // its dead letters go with its rows
            });
        } catch (RuntimeException failed) {
            // nothing was reset: the processor carries on as it was; another replica's replay of it took the
            // segments a moment ago, or the database refused
            rebuilds.end(name);
            processor.start();
            if (ExceptionUtils.findException(failed, UnableToClaimTokenException.class).isPresent()) {
                throw new LedgerException(ErrorCode.CONCURRENT_MODIFICATION, name);
            }
            throw failed;
        }
        parked.forgetFailures(name);
        processor.start();
        return projection(name, processor, Positions.of(eventStore.createHeadToken()));
    }

    public TaskProgressCheck.Result check(String name) {
        replayable(name);
        if (!TASK_PROGRESS.equals(name)) throw new LedgerException(ErrorCode.PROJECTION_NOT_FOUND, name);
        return check.check(CHECK_PAGE);
    }

    private StreamingEventProcessor replayable(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .filter(p -> projection(name, p))
                .orElseThrow(() -> new LedgerException(ErrorCode.PROJECTION_NOT_FOUND, name));
    }

    /**
     * A processor whose every handler can be reset, and that sends nothing out: the publisher to Kafka could be
     * reset, but a replay of it would publish the whole record again (its republish is explicit, by range).
     */
    private static boolean projection(String name, Object processor) {
        return processor instanceof StreamingEventProcessor p && p.supportsReset()
                && !IntegrationPublisher.GROUP.equals(name);
    }

}
