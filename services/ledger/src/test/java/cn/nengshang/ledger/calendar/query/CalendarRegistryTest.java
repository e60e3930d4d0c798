package cn.nengshang.ledger.calendar.query;

import cn.nengshang.ledger.calendar.api.CalendarReplaced;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.InMemoryRepository;
import cn.nengshang.policy.casework.WorkingDays;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The calendars in place, as a plain object over a repository in memory; rebuilt from stored events when empty. */
class CalendarRegistryTest {

    private final CalendarRepository table = InMemoryRepository.of(CalendarRepository.class);
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final CalendarRegistry registry = new CalendarRegistry(table, json);

    private static final CalendarReplaced DRAGON_BOAT = new CalendarReplaced("national-2026", List.of(
            new WorkingDays.Day(LocalDate.of(2026, 6, 19), WorkingDays.Kind.HOLIDAY, "端午节")));

    @Test
    void aReplacedCalendarCountsItsHolidaysAtOnce() throws JsonProcessingException {
        assertThat(registry.isEmpty()).isTrue();
        registry.on(DRAGON_BOAT, Instant.parse("2026-01-01T00:00:00Z"), "admin");
        assertThat(registry.has("national-2026")).isTrue();
        assertThat(registry.workingDays().lastOf(LocalDate.of(2026, 6, 15), 5)).isEqualTo(LocalDate.of(2026, 6, 22));
    }

    @Test
    void theWorkingDaysFollowTheTableWhoeverReplacedTheCalendar() throws JsonProcessingException {
        LocalDate monday = LocalDate.of(2026, 6, 15);
        assertThat(registry.workingDays().lastOf(monday, 5)).isEqualTo(LocalDate.of(2026, 6, 19));
        // another replica on the same database put the calendar in place: this one saw no event
        new CalendarRegistry(table, json).on(DRAGON_BOAT, Instant.parse("2026-01-01T00:00:00Z"), "admin");
        assertThat(registry.workingDays().lastOf(monday, 5)).isEqualTo(LocalDate.of(2026, 6, 22));
        // and replaced it again, at the same instant (a simulated clock stands still)
        new CalendarRegistry(table, json).on(new CalendarReplaced("national-2026", List.of()),
                Instant.parse("2026-01-01T00:00:00Z"), "admin");
        assertThat(registry.workingDays().lastOf(monday, 5)).isEqualTo(LocalDate.of(2026, 6, 19));
    }

    @Test
    void anEmptyRegistryIsRebuiltFromTheStoredEvents() {
        registry.rebuild(GenericEventMessage.asEventMessage(DRAGON_BOAT).andMetaData(MetaData.with(Actor.SUB, "system")));
        assertThat(registry.calendar("national-2026").orElseThrow().replacedBy()).isEqualTo("system");
    }
}
