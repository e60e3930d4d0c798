package cn.nengshang.ledger.calendar.query;

import cn.nengshang.ledger.calendar.api.CalendarReplaced;
import cn.nengshang.ledger.calendar.api.WorkingCalendar;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.policy.casework.WorkingDays;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.nengshang.ledger.common.SubscribedRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The calendars in place, kept in the same transaction as their event (a subscribing processor), so that a
 * notice started right after a replacement counts by it. The working days are computed once per change of
 * the table, whoever made it: another replica sharing the database may have replaced a calendar, so each
 * read compares the calendars with those the cache was computed from.
 */
@Component
@ProcessingGroup(CalendarRegistry.GROUP)
public class CalendarRegistry implements WorkingCalendar, SubscribedRegistry {

    public static final String GROUP = "calendars";
    private static final TypeReference<List<WorkingDays.Day>> DAYS = new TypeReference<>() { };

    private final CalendarRepository calendars;
    private final ObjectMapper json;
    private volatile Computed cached = new Computed(List.of(), WorkingDays.of(List.of()));

    private record Computed(List<Calendar> from, WorkingDays days) {
    }

    CalendarRegistry(CalendarRepository calendars, ObjectMapper json) {
        this.calendars = calendars;
        this.json = json;
    }

    @EventHandler
    void on(CalendarReplaced event, @Timestamp Instant at, @MetaDataValue(Actor.SUB) String actor)
            throws JsonProcessingException {
        calendars.save(new CalendarRow(event.calendarId(), json.writeValueAsString(event.days()), at, actor));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return calendars.count() == 0;
    }

    @Override
    public void rebuild(EventMessage<?> event) {
        if (event.getPayload() instanceof CalendarReplaced replaced) {
            try {
                on(replaced, event.getTimestamp(), (String) event.getMetaData().get(Actor.SUB));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("calendar " + replaced.calendarId() + " cannot be written", e);
            }
        }
    }

    public record Calendar(String calendarId, List<WorkingDays.Day> days, Instant replacedAt, String replacedBy) {
    }

    @Transactional(readOnly = true)
    public List<Calendar> calendars() {
        return calendars.findAll().stream().map(this::calendar)
                .sorted(Comparator.comparing(Calendar::calendarId)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Calendar> calendar(String calendarId) {
        return calendars.findById(calendarId).map(this::calendar);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkingDays workingDays() {
        Computed computed = cached;
        List<Calendar> now = calendars();
        if (!computed.from().equals(now)) {
            computed = new Computed(now, WorkingDays.of(now.stream().map(Calendar::days).toList()));
            cached = computed;
        }
        return computed.days();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean has(String calendarId) {
        return calendars.existsById(calendarId);
    }

    private Calendar calendar(CalendarRow row) {
        try {
            return new Calendar(row.calendarId(), json.readValue(row.days(), DAYS), row.replacedAt(), row.replacedBy());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar " + row.calendarId() + " cannot be read", e);
        }
    }
}
