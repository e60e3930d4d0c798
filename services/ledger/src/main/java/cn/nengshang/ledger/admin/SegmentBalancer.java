package cn.nengshang.ledger.admin;

import cn.nengshang.ledger.common.ProcessingNode;
import cn.nengshang.ledger.common.ProcessorSegments;
import cn.nengshang.ledger.common.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares each processor's segments between the replicas on one database. Every {@code
 * nengshang.processing.balance-interval} (2 s) a replica says it is alive in {@code processing_node} and counts the
 * replicas seen within three intervals; a replica holding more than its share of a processor's segments — the
 * segments divided by the live replicas, rounded up — gives the rest up for {@code release-for} (15 s), long
 * enough for another replica's free thread to take them (it looks every 5 s); if none does, it takes them back.
 * A replica alone holds every segment (it has a thread for each). A store written when processors had fewer
 * segments than they have now ({@link ProcessorSegments}) is split, one segment per processor and pass, by
 * whichever replica holds the largest.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final JdbcTemplate jdbc;
    private final ProcessingNode node;
    private final Duration interval;
    private final Duration releaseFor;
    private final ProcessorSegments segments;
    private final Map<String, CompletableFuture<Boolean>> splits = new ConcurrentHashMap<>();
    private ScheduledExecutorService passes;

    SegmentBalancer(EventProcessingConfiguration processing, StoredTokens tokens, JdbcTemplate jdbc, ProcessingNode node,
                    @Value("${nengshang.processing.balance-interval:PT2S}") Duration interval,
                    @Value("${nengshang.processing.release-for:PT15S}") Duration releaseFor,
                    ProcessorSegments segments) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.node = node;
        this.interval = interval;
        this.releaseFor = releaseFor;
        this.segments = segments;
    }

    /** The segments a replica keeps of a processor's {@code total} when {@code replicas} share them. */
    static int share(int total, int replicas) {
        return (total + Math.max(1, replicas) - 1) / Math.max(1, replicas);
    }

    /** The segments to give up of those held, the smallest parts first, so that the largest stay. */
    static List<Integer> surplus(Map<Integer, EventTrackerStatus> held, int keep) {
        return held.values().stream()
                .sorted(Comparator.comparingInt((EventTrackerStatus s) -> s.getSegment().getMask()).reversed()
                        .thenComparing(s -> -s.getSegment().getSegmentId()))
                .limit(Math.max(0, held.size() - keep)).map(s -> s.getSegment().getSegmentId()).toList();
    }

    void balance() {
        jdbc.update("insert into processing_node (node_id, seen_at) values (?, now()) "
                + "on conflict (node_id) do update set seen_at = now()", node.id());
        Integer live = jdbc.queryForObject("select count(*) from processing_node where seen_at > now() - ? * interval "
                + "'1 millisecond'", Integer.class, interval.toMillis() * 3);
        jdbc.update("delete from processing_node where seen_at < now() - interval '1 day'");
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                balance(name, streaming, live == null ? 1 : live);
            }
        });
    }

    private void balance(String name, StreamingEventProcessor processor, int replicas) {
        int total = tokens.of(name).size();
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        if (total == 0 || held.isEmpty()) return;
        if (total < segments.of(name)) {
            CompletableFuture<Boolean> pending = splits.get(name);
            if (pending != null && !pending.isDone()) return;
            held.values().stream().min(Comparator.comparingInt(s -> s.getSegment().getMask()))
                    .ifPresent(largest -> {
                        log.info("splitting segment {} of {} ({} of {} segments)", largest.getSegment().getSegmentId(),
                                name, total, segments.of(name));
                        splits.put(name, processor.splitSegment(largest.getSegment().getSegmentId()));
                    });
            return;
        }
        for (int segment : surplus(held, share(total, replicas))) {
            log.info("giving up segment {} of {} for {} ({} replicas share {} segments)", segment, name, releaseFor,
                    replicas, total);
            processor.releaseSegment(segment, releaseFor.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void start() {
        passes = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "segment-balancer"));
        passes.scheduleWithFixedDelay(() -> {
            try {
                balance();
            } catch (RuntimeException e) {
                log.warn("balancing the processors' segments failed; trying again in {}", interval, e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops balancing and says so, so that the others take this replica's share at once. */
    @Override
    public synchronized void stop() {
        if (passes == null) return;
        passes.shutdownNow();
        try {
            passes.awaitTermination(5, TimeUnit.SECONDS);
            jdbc.update("delete from processing_node where node_id = ?", node.id());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("could not say this replica left; the others count it for {} more", interval.multipliedBy(3));
        }
        passes = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return passes != null;
    }
}
