package cn.nengshang.ledger.common;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
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

    public <R> R send(Object command, Actor actor) {
        MetaData metaData = MetaData.from(actor.toMetaData()).and(CORRELATION_ID, CorrelationId.current());
        R result = gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        barrier.awaitCaughtUp();
        return result;
    }
}
