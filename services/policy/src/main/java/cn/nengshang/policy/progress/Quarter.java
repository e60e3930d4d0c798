package cn.nengshang.policy.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q1}: the period of the institution's quarterly assessment. */
public record Quarter(int year, int number) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public static Optional<Quarter> parse(String text) {
        Matcher m = text == null ? null : FORM.matcher(text);
        return m != null && m.matches()
                ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * 3 + 1);
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(2);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    public boolean contains(YearMonth month) {
        return of(month).equals(this);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
