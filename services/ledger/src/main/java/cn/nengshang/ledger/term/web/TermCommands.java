package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/** Sends a command about a term; a term of an unknown person, or one the person does not have, is an unknown term. */
@Component
class TermCommands {

    private final Commands commands;

    TermCommands(Commands commands) {
        this.commands = commands;
    }

    <R> R send(Object command, Actor actor) {
        try {
            return commands.send(command, actor);
        } catch (AggregateNotFoundException | AggregateEntityNotFoundException e) {
            throw new LedgerException(ErrorCode.TERM_NOT_FOUND);
        }
    }

    /** A command about the person themselves (starting a term): an unknown person is an unknown person. */
    <R> R sendForPerson(Object command, Actor actor) {
        return commands.send(command, actor);
    }
}
