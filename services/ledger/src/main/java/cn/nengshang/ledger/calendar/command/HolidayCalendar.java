package cn.nengshang.ledger.calendar.command;

import cn.nengshang.ledger.calendar.api.CalendarReplaced;
import cn.nengshang.ledger.calendar.api.ReplaceCalendar;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.policy.casework.WorkingDays;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One holiday calendar (a year's national arrangement, a region's holidays): replaced whole, never edited. */
@Aggregate
class HolidayCalendar {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    @AggregateIdentifier
    private String calendarId;
    private List<WorkingDays.Day> days;

    HolidayCalendar() {
    }

    /** ADMIN: an identical calendar writes nothing; a malformed one is refused saying what is wrong. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReplaceCalendar command, MetaData metaData) {
        Operation.REPLACE_CALENDAR.check(Actor.from(metaData), Subject.CONSORTIUM);
        if (command.calendarId() == null || !ID.matcher(command.calendarId()).matches()) {
            throw new LedgerException(ErrorCode.CALENDAR_INVALID,
                    "the calendar id is made of lower-case letters, digits and dashes");
        }
        List<WorkingDays.Day> given = command.days();
        List<String> problems = WorkingDays.problems(given);
        if (!problems.isEmpty()) {
            throw new LedgerException(ErrorCode.CALENDAR_INVALID, String.join("; ", problems));
        }
        if (!given.equals(days)) {
            apply(new CalendarReplaced(command.calendarId(), List.copyOf(given)));
        }
    }

    @EventSourcingHandler
    void on(CalendarReplaced event) {
        calendarId = event.calendarId();
        days = event.days();
    }
}
