package cn.nengshang.ledger.calendar.api;

import cn.nengshang.policy.casework.WorkingDays;
import org.axonframework.serialization.Revision;

import java.util.List;

/** A calendar was put in place; from now on notices count their working days by it. */
@Revision("1")
public record CalendarReplaced(String calendarId, List<WorkingDays.Day> days) {
}
