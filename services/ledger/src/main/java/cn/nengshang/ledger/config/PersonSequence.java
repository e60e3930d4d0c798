package cn.nengshang.ledger.config;

import cn.nengshang.ledger.kernel.PersonEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.axonframework.serialization.SerializationException;

/**
 * Which events a processor handles in order, one after another: everything about one staff member — their
 * record's events and their cases' alike, since both change the same rows — and otherwise the events of one
 * aggregate. A processor's segments split the staff between them, and a poison event parks that one person's
 * events, the rest flowing on.
 */
final class PersonSequence implements SequencingPolicy<EventMessage<?>> {

    /**
     * An event that cannot be read is sequenced by its aggregate (a person's record is theirs by id), so that it
     * reaches a handler and is parked there instead of stopping the processor.
     */
    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        try {
            if (PersonEvent.class.isAssignableFrom(event.getPayloadType())
                    && event.getPayload() instanceof PersonEvent person && person.staffId() != null) {
                return person.staffId().value();
            }
        } catch (SerializationException unreadable) {
            // sequenced by its aggregate
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }
}
