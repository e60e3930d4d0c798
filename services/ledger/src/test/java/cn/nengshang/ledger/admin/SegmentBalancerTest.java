package cn.nengshang.ledger.admin;

import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackerStatus;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** How many of a processor's segments a replica keeps, and which it gives up. */
class SegmentBalancerTest {

    @Test
    void aReplicaKeepsTheSegmentsDividedByTheLiveReplicasRoundedUp() {
        assertThat(SegmentBalancer.share(2, 1)).isEqualTo(2);
        assertThat(SegmentBalancer.share(2, 2)).isEqualTo(1);
        assertThat(SegmentBalancer.share(2, 3)).isEqualTo(1);
        assertThat(SegmentBalancer.share(4, 3)).isEqualTo(2);
        assertThat(SegmentBalancer.share(3, 2)).isEqualTo(2);
        assertThat(SegmentBalancer.share(2, 0)).as("no replica seen yet: this one").isEqualTo(2);
    }

    @Test
    void theSmallestPartsAreGivenUpFirst() {
        // segment 0 split into 0 and 2, segment 1 whole: 1 is half the events, 0 and 2 a quarter each
        Map<Integer, EventTrackerStatus> held = held(0, 1, 2);
        assertThat(SegmentBalancer.surplus(held, 2)).containsExactly(2);
        assertThat(SegmentBalancer.surplus(held, 1)).containsExactly(2, 0);
        assertThat(SegmentBalancer.surplus(held, 3)).isEmpty();
        assertThat(SegmentBalancer.surplus(held(0, 1), 1)).containsExactly(1);
    }

    private static Map<Integer, EventTrackerStatus> held(int... ids) {
        return Arrays.stream(ids).boxed().collect(Collectors.toMap(Function.identity(),
                id -> new TrackerStatus(Segment.computeSegment(id, ids), null)));
    }
}
