package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When a segment counts as replaying: writers do not wait for it then, and wait again once it is back. */
class PositionsTest {

    @Test
    void aSegmentReplaysUntilItIsBackWhereTheStoreStoodAtItsReset() {
        TrackingToken atReset = new GlobalSequenceTrackingToken(100);
        TrackingToken replay = ReplayToken.createReplayToken(atReset, null);
        assertThat(Positions.replaying(replay)).as("from the first event").isTrue();
        TrackingToken halfway = ((ReplayToken) replay).advancedTo(new GlobalSequenceTrackingToken(50));
        assertThat(Positions.replaying(halfway)).isTrue();
        TrackingToken back = ((ReplayToken) halfway).advancedTo(new GlobalSequenceTrackingToken(100));
        // Axon keeps a replay token until an event after the reset arrives; the segment has caught up all the same
        assertThat(back).isInstanceOf(ReplayToken.class);
        assertThat(Positions.replaying(back)).isFalse();
        assertThat(Positions.replaying(new GlobalSequenceTrackingToken(7))).isFalse();
        assertThat(Positions.replaying(null)).isFalse();
    }
}
