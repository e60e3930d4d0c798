package cn.nengshang.ledger.common;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a command on behalf of an actor, with the actor and the request's correlation id in its
 * metadata, and returns once the read models show its effect.
 */
@Component
public class Commands {

    public static final String CORRELATION_ID = "correlationId";

    /** The commands this thread sent and has not waited for yet. */
    /** How often a command is decided when other writers keep appending to its record first. */
    private static final int ATTEMPTS = 3;
    private static final ThreadLocal<List<String>> UNSEEN = ThreadLocal.withInitial(ArrayList::new);

    private final CommandGateway gateway;
    private final WrittenEvents written;
    private final ReadModelBarrier barrier;

    public Commands(CommandGateway gateway, WrittenEvents written, ReadModelBarrier barrier) {
        this.gateway = gateway;
        this.written = written;
        this.barrier = barrier;
    }

    /**
     * Sends a command as an actor and waits until the read models show what it did. An id that names a record of
     * another kind (a policy or calendar id used as a person's) is an unknown record, like one that names none.
     */
    public <R> R send(Object command, Actor actor) {
        R result = sendUnseen(command, actor);
        awaitEffects();
        return result;
    }

    /**
     * Sends a command as an actor and returns as soon as it is handled, before the read models show it: for many
     * commands sent together, which then wait once ({@link #awaitEffects()}).
     */
    public <R> R sendUnseen(Object command, Actor actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(command, actor);
            } catch (ConcurrencyException e) {
                // another writer (here or on another replica) appended to the same record first: the command is
                // decided again on the record as it now stands, which also replaces a stale cached copy
                if (attempt >= ATTEMPTS) throw e;
            }
        }
    }

    private <R> R attempt(Object command, Actor actor) {
        MetaData metaData = MetaData.from(actor.toMetaData()).and(CORRELATION_ID, CorrelationId.current());
        CommandMessage<Object> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        written.watch(message.getIdentifier());
        UNSEEN.get().add(message.getIdentifier());
        try {
            return gateway.sendAndWait(message);
        } catch (IncompatibleAggregateException e) {
            throw new AggregateNotFoundException(null, "the id names a record of another kind");
        }
    }

    /** Waits until the read models show what the commands this thread sent so far did. */
    public void awaitEffects() {
        List<String> sent = List.copyOf(UNSEEN.get());
        UNSEEN.remove();
        barrier.awaitWritten(sent);
    }
}
