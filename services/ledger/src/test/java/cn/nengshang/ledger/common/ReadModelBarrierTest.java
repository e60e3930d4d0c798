package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadModelBarrierTest {

    @Test
    void aPositionPastTheEventIsNotEnoughWhileTheEventIsAGap() {
        GapAwareTrackingToken sawLaterFirst = GapAwareTrackingToken.newInstance(12, List.of(10L));

        assertThat(ReadModelBarrier.passed(sawLaterFirst, 10)).isFalse();
        assertThat(ReadModelBarrier.passed(sawLaterFirst, 11)).isTrue();
        assertThat(ReadModelBarrier.passed(sawLaterFirst, 12)).isTrue();
        assertThat(ReadModelBarrier.passed(sawLaterFirst, 13)).isFalse();
    }

    @Test
    void theGapClosesOnceTheEventIsHandled() {
        GapAwareTrackingToken filled = GapAwareTrackingToken.newInstance(12, List.of(10L)).advanceTo(10, 1000);

        assertThat(ReadModelBarrier.passed(filled, 10)).isTrue();
    }

    @Test
    void aWrappedTokenIsJudgedByWhatItHasHandled() {
        ReplayToken replaying = (ReplayToken) ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(20, List.of()), GapAwareTrackingToken.newInstance(5, List.of()));

        assertThat(ReadModelBarrier.passed(replaying, 5)).isTrue();
        assertThat(ReadModelBarrier.passed(replaying, 6)).isFalse();
    }

    @Test
    void otherTokensAndNoTokenAtAll() {
        assertThat(ReadModelBarrier.passed(new GlobalSequenceTrackingToken(7), 7)).isTrue();
        assertThat(ReadModelBarrier.passed(new GlobalSequenceTrackingToken(7), 8)).isFalse();
        assertThat(ReadModelBarrier.passed(null, 0)).isFalse();
    }
}
