package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.EventMessage;

/**
 * A read model kept in the same transaction as its events (a subscribing processor, so that a command right
 * after a change sees it). No processor replays it; when its table is empty while the event store holds its
 * events (a database restored from an event store, or a store carried over from another installation), it is
 * rebuilt at start, before anything else reads it.
 */
public interface SubscribedRegistry {

    /** Whether the registry holds nothing. */
    boolean isEmpty();

    /** Takes in one stored event, in the store's order, while being rebuilt; events of other kinds are ignored. */
    void rebuild(EventMessage<?> event);
}
