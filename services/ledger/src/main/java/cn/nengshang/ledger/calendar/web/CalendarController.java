package cn.nengshang.ledger.calendar.web;

import cn.nengshang.ledger.calendar.api.ReplaceCalendar;
import cn.nengshang.ledger.calendar.query.CalendarRegistry;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.policy.casework.WorkingDays;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The holiday calendars: read by anyone signed in, replaced by an administrator. */
@RestController
@RequestMapping("/api/v1/calendars")
class CalendarController {

    private final CalendarRegistry registry;
    private final Commands commands;

    CalendarController(CalendarRegistry registry, Commands commands) {
        this.registry = registry;
        this.commands = commands;
    }

    record CalendarSummary(String calendarId, int days, Instant replacedAt, String replacedBy) {
    }

    @GetMapping
    List<CalendarSummary> list(Actor actor) {
        return registry.calendars().stream()
                .map(c -> new CalendarSummary(c.calendarId(), c.days().size(), c.replacedAt(), c.replacedBy()))
                .toList();
    }

    @GetMapping("/{calendarId}")
    CalendarRegistry.Calendar get(@PathVariable String calendarId, Actor actor) {
        return registry.calendar(calendarId)
                .orElseThrow(() -> new LedgerException(ErrorCode.CALENDAR_NOT_FOUND, calendarId));
    }

    record Replacement(List<WorkingDays.Day> days) {
    }

    /** ADMIN: put a calendar in place, whole; notices already started keep the end they were given. */
    @PutMapping("/{calendarId}")
    CalendarRegistry.Calendar replace(@PathVariable String calendarId, @RequestBody Replacement replacement,
                                      Actor actor) {
        commands.send(new ReplaceCalendar(calendarId, replacement.days()), actor);
        return get(calendarId, actor);
    }

    record Period(LocalDate from, int workingDays, LocalDate lastDay) {
    }

    /** The last day of a period of working days from a first day, as a public notice counts it. */
    @GetMapping("/working-days")
    Period workingDays(@RequestParam LocalDate from, @RequestParam int count, Actor actor) {
        if (count < 1 || count > 366) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of("count", "RANGE", 1, 366)));
        }
        return new Period(from, count, registry.workingDays().lastOf(from, count));
    }
}
