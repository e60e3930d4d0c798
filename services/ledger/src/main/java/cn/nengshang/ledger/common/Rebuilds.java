package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read models being rebuilt from the first event, each until it has passed where the event store stood when
 * its rebuild began. Writers do not wait for them (they show a write when they get there), and the list of
 * projections says they are replaying. Kept here, not read off the processor's token, because a restarted
 * processor shows no replay until it has taken up its segments again.
 */
@Component
public class Rebuilds {

    private final Map<String, Long> untilPosition = new ConcurrentHashMap<>();

    /** A rebuild of this processor begins, with the store's head at this position. */
    public void begin(String processor, Long head) {
        untilPosition.put(processor, head == null ? -1 : head);
    }

    /** A rebuild that did not begin after all. */
    public void end(String processor) {
        untilPosition.remove(processor);
    }

    /** Whether the processor is being rebuilt and has not yet passed the head its rebuild began at. */
    public boolean running(String processor, StreamingEventProcessor streaming) {
        Long until = untilPosition.get(processor);
        if (until == null) return false;
        Long reached = Positions.reached(streaming);
        if (reached != null && reached >= until && !streaming.processingStatus().isEmpty()) {
            untilPosition.remove(processor, until);
            return false;
        }
        return true;
    }
}
