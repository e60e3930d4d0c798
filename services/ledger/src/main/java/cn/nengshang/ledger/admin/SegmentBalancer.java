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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares each processor's segments between the replicas on one database. Every {@code
 * nengshang.processing.balance-interval} (2 s) a replica notes in {@code processing_node} which processors it runs
 * and counts, per processor, the replicas seen running it within three intervals; a replica holding more than its
 * share of a processor's segments — the segments divided by those replicas, rounded up — gives the rest up for {@code release-for} (15 s), long
 * enough for another replica's free thread to take them (it looks every 5 s); if none does, it takes them back.
 * A replica alone holds every segment (it has a thread for each). A store written when processors had fewer
 * segments than they have now ({@link ProcessorSegments}) is split, one segment per processor and pass, by
 * whichever replica holds the largest; one with more is merged back the same way.
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
    private final Map<String, CompletableFuture<Boolean>> resizing = new ConcurrentHashMap<>();
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
        List<String> running = processing.eventProcessors().entrySet().stream()
                .filter(e -> e.getValue() instanceof StreamingEventProcessor p && p.isRunning())
                .map(Map.Entry::getKey).toList();
        jdbc.batchUpdate("insert into processing_node (node_id, processor_name, seen_at) values (?, ?, now()) "
                + "on conflict (processor_name, node_id) do update set seen_at = now()", running, running.size(),
                (statement, processor) -> {
                    statement.setString(1, node.id());
                    statement.setString(2, processor);
                });
        Map<String, Integer> replicas = new HashMap<>();
        jdbc.query("select processor_name, count(*) from processing_node where seen_at > now() - ? * interval "
                        + "'1 millisecond' group by processor_name",
                rs -> { replicas.put(rs.getString(1), rs.getInt(2)); }, interval.toMillis() * 3);
        jdbc.update("delete from processing_node where seen_at < now() - interval '1 day'");
        Map<String, Integer> segmentsStored = tokens.segmentCounts();
        for (String name : running) {
            processing.eventProcessor(name, StreamingEventProcessor.class).ifPresent(processor -> balance(name,
                    processor, replicas.getOrDefault(name, 1), segmentsStored.getOrDefault(name, 0)));
        }
    }

    private void balance(String name, StreamingEventProcessor processor, int replicas, int total) {
        Map<Integer, EventTrackerStatus> held = processor.processingStatus();
        if (total == 0 || held.isEmpty()) return;
        int wanted = segments.of(name);
        if (total != wanted) {
            CompletableFuture<Boolean> pending = resizing.get(name);
            if (pending != null && !pending.isDone()) return;
            Comparator<EventTrackerStatus> bySize = Comparator.comparingInt(s -> s.getSegment().getMask());
            // split the largest part held; or merge the smallest with its sibling (taken if no one holds it)
            EventTrackerStatus chosen = total < wanted ? held.values().stream().min(bySize).orElseThrow()
                    : held.values().stream().max(bySize).orElseThrow();
            int segment = chosen.getSegment().getSegmentId();
            log.info("{} segment {} of {} ({} segments, {} wanted)", total < wanted ? "splitting" : "merging",
                    segment, name, total, wanted);
            resizing.put(name, total < wanted ? processor.splitSegment(segment) : processor.mergeSegment(segment));
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
