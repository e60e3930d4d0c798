package cn.nengshang.ledger.calendar.api;

import cn.nengshang.policy.casework.WorkingDays;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Put a calendar in place, whole: every holiday and adjusted working day it names. */
public record ReplaceCalendar(@TargetAggregateIdentifier String calendarId, List<WorkingDays.Day> days) {
}
