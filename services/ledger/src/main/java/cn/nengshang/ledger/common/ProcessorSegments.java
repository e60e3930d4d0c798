package cn.nengshang.ledger.common;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * How many segments each tracking processor has: {@code nengshang.processing.segments} (2), which the replicas
 * share out, except for the processors named in {@code nengshang.processing.single-segment}, which have one. A
 * processor has one when an event of one person changes the rows of others, so that its events must be handled
 * in the order of the store, not per person: the task-progress projection, where an incident re-evaluates every
 * term of the department.
 */
@Component
public class ProcessorSegments {

    private final int segments;
    private final Set<String> single;

    public ProcessorSegments(@Value("${nengshang.processing.segments:2}") int segments,
                             @Value("${nengshang.processing.single-segment:progress}") Set<String> single) {
        this.segments = Math.max(1, segments);
        this.single = Set.copyOf(single);
    }

    /** The segments of a processor not named as single. */
    public int shared() {
        return segments;
    }

    /** The processors with one segment. */
    public Set<String> single() {
        return single;
    }

    public int of(String processor) {
        return single.contains(processor) ? 1 : segments;
    }
}
