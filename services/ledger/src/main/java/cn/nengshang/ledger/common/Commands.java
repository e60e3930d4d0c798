package cn.nengshang.ledger.common;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends a command on behalf of an actor, with the actor and the request's correlation id in its
 * metadata, and returns once the read models show its effect.
 */
@Component
public class Commands {

    public static final String CORRELATION_ID = "correlationId";

    private final CommandGateway gateway;
    private final ReadModelBarrier barrier;

    public Commands(CommandGateway gateway, ReadModelBarrier barrier) {
        this.gateway = gateway;
        this.barrier = barrier;
    }

    /**
     * Sends a command as an actor and waits until the read models show what it did. An id that names a record of
     * another kind (a policy or calendar id used as a person's) is an unknown record, like one that names none.
     */
    public <R> R send(Object command, Actor actor) {
        R result = sendUnseen(command, actor);
        barrier.awaitCaughtUp();
        return result;
    }

    /**
     * Sends a command as an actor and returns as soon as it is handled, before the read models show it: for many
     * commands sent together, which then wait once ({@link #awaitEffects()}).
     */
    public <R> R sendUnseen(Object command, Actor actor) {
        MetaData metaData = MetaData.from(actor.toMetaData()).and(CORRELATION_ID, CorrelationId.current());
        try {
            return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (IncompatibleAggregateException e) {
            throw new AggregateNotFoundException(null, "the id names a record of another kind");
        }
    }

    /** Waits until the read models show what the commands sent so far did. */
    public void awaitEffects() {
        barrier.awaitCaughtUp();
    }
}
