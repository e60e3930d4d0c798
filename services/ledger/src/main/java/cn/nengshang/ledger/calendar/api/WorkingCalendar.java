package cn.nengshang.ledger.calendar.api;

import cn.nengshang.policy.casework.WorkingDays;

/** The working days by every calendar in place now. */
public interface WorkingCalendar {

    WorkingDays workingDays();

    /** Whether a calendar of this id is in place. */
    boolean has(String calendarId);
}
