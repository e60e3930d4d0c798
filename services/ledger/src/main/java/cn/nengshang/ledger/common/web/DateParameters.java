package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.DomainRange;
import org.springframework.format.Formatter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A date in a query parameter ({@code asOf}, {@code from}): ISO form, inside the domain's range, or refused with 400. */
public final class DateParameters implements Formatter<LocalDate> {

    @Override
    public LocalDate parse(String text, Locale locale) {
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO date");
        }
        if (!DomainRange.contains(day)) {
            throw new IllegalArgumentException("outside the domain's range");
        }
        return day;
    }

    @Override
    public String print(LocalDate day, Locale locale) {
        return day.toString();
    }
}
