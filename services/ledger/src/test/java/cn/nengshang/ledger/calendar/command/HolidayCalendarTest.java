package cn.nengshang.ledger.calendar.command;

import cn.nengshang.ledger.calendar.api.CalendarReplaced;
import cn.nengshang.ledger.calendar.api.ReplaceCalendar;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.policy.casework.WorkingDays.Day;
import cn.nengshang.policy.casework.WorkingDays.Kind;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static cn.nengshang.ledger.common.Refusals.refusedWith;

class HolidayCalendarTest {

    private static final MetaData ADMIN = MetaData.from(
            new Actor("administrator", Set.of(Role.ADMIN), null, null).toMetaData());
    private static final List<Day> NEW_YEAR = List.of(new Day(LocalDate.of(2027, 1, 1), Kind.HOLIDAY, "元旦"));

    private FixtureConfiguration<HolidayCalendar> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(HolidayCalendar.class);
    }

    @Test
    void anAdministratorPutsACalendarInPlace() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceCalendar("national-2027", NEW_YEAR), ADMIN)
                .expectEvents(new CalendarReplaced("national-2027", NEW_YEAR));
    }

    @Test
    void aReplacementTakesTheWholeCalendarAndTheSameAgainWritesNothing() {
        List<Day> withSpringFestival = List.of(NEW_YEAR.get(0),
                new Day(LocalDate.of(2027, 2, 20), Kind.WORKDAY, "春节调休上班"));
        fixture.given(new CalendarReplaced("national-2027", NEW_YEAR))
                .when(new ReplaceCalendar("national-2027", withSpringFestival), ADMIN)
                .expectEvents(new CalendarReplaced("national-2027", withSpringFestival));
        fixture.given(new CalendarReplaced("national-2027", NEW_YEAR))
                .when(new ReplaceCalendar("national-2027", NEW_YEAR), ADMIN)
                .expectNoEvents();
    }

    @Test
    void onlyAnAdministratorAndOnlyAWellFormedCalendar() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceCalendar("national-2027", NEW_YEAR), MetaData.from(
                        new Actor("hr-officer", Set.of(Role.HR_CENTER), null, null).toMetaData()))
                .expectException(refusedWith(ErrorCode.FORBIDDEN));
        fixture.givenNoPriorActivity()
                .when(new ReplaceCalendar("national-2027", List.of(NEW_YEAR.get(0), NEW_YEAR.get(0))), ADMIN)
                .expectException(refusedWith(ErrorCode.CALENDAR_INVALID));
        fixture.givenNoPriorActivity()
                .when(new ReplaceCalendar("national-2027", List.of(new Day(null, Kind.HOLIDAY, "?"))), ADMIN)
                .expectException(refusedWith(ErrorCode.CALENDAR_INVALID));
    }

    @Test
    void anIdIsMadeOfLowerCaseLettersDigitsAndDashes() {
        fixture.givenNoPriorActivity()
                .when(new ReplaceCalendar("National 2027", NEW_YEAR), ADMIN)
                .expectException(refusedWith(ErrorCode.CALENDAR_INVALID));
    }
}
