package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.Rebuilds;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates the terms the task-progress projection left waiting — those a replay passed, and those whose person
 * was not yet in the people directory — once the replay is done, a page of terms per transaction, by
 * {@code nengshang.progress.catch-up-threads} runners. Any number of runners and instances may run it: each takes
 * terms no other has locked, and a row never goes back to an older evaluation.
 */
@Component
class ProgressCatchUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProgressCatchUp.class);

    private final TaskProgressProjection projection;
    private final EventProcessingConfiguration processing;
    private final Rebuilds rebuilds;
    private final TransactionTemplate transactions;
    private final int pageSize;
    private final long pauseMillis;
    private final int threads;
    private ScheduledExecutorService runner;

    ProgressCatchUp(TaskProgressProjection projection, EventProcessingConfiguration processing, Rebuilds rebuilds,
                    PlatformTransactionManager transactions,
                    @Value("${nengshang.progress.catch-up-page:200}") int pageSize,
                    @Value("${nengshang.progress.catch-up-pause:PT0.5S}") Duration pause,
                    @Value("${nengshang.progress.catch-up-threads:2}") int threads) {
        this.threads = threads;
        this.projection = projection;
        this.processing = processing;
        this.rebuilds = rebuilds;
        this.transactions = new TransactionTemplate(transactions);
        this.pageSize = pageSize;
        this.pauseMillis = pause.toMillis();
    }

    /**
     * Evaluates waiting terms until none is left that can be, unless the projection is still being replayed: a page
     * per transaction, and a page that fails term by term, so that a term that cannot be evaluated keeps its failure
     * and the others go on.
     */
    void catchUp() {
        if (replaying()) return;
        int evaluated;
        do {
            try {
                Integer page = transactions.execute(status -> projection.catchUp(pageSize));
                evaluated = page == null ? 0 : page;
            } catch (RuntimeException e) {
                evaluated = oneByOne();
            }
        } while (evaluated > 0 && !replaying());
    }

    private int oneByOne() {
        List<ProgressTable.Waiting> terms = transactions.execute(status -> projection.waiting(pageSize));
        int evaluated = 0;
        for (ProgressTable.Waiting term : terms == null ? List.<ProgressTable.Waiting>of() : terms) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> projection.catchUp(term)))) evaluated++;
            } catch (RuntimeException e) {
                transactions.executeWithoutResult(status -> projection.failed(term, e));
            }
        }
        return evaluated;
    }

    private boolean replaying() {
        return processing.eventProcessor(TaskProgressProjection.GROUP, StreamingEventProcessor.class)
                .map(p -> p.isReplaying() || rebuilds.running(TaskProgressProjection.GROUP, p)).orElse(false);
    }

    @Override
    public synchronized void start() {
        runner = Executors.newScheduledThreadPool(threads, r -> {
            Thread thread = new Thread(r, "progress-catch-up");
            thread.setDaemon(true);
            return thread;
        });
        // each runner takes pages no other has locked: after a replay, the terms are evaluated side by side
        for (int i = 0; i < threads; i++) {
            runner.scheduleWithFixedDelay(() -> {
                try {
                    catchUp();
                } catch (RuntimeException e) {
                    log.warn("the task-progress catch-up failed; it tries again", e);
                }
            }, pauseMillis, pauseMillis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (runner != null) runner.shutdownNow();
        runner = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return runner != null;
    }
}
