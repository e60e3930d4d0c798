package cn.nengshang.ledger.staff.command;

import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.policy.progress.TermCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of a command's fields, in the words of the message catalogue. */
final class Checks {

    static final int MAX_TEXT = 200;
    private static final String ID_FORM = "[A-Za-z0-9-]{1,40}";

    private final List<FieldProblem> problems = new ArrayList<>();

    Checks text(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (value.length() > MAX_TEXT) {
            problems.add(FieldProblem.of(field, "TOO_LONG", MAX_TEXT));
        }
        return this;
    }

    Checks id(String field, String value) {
        if (value == null || !value.matches(ID_FORM)) problems.add(FieldProblem.of(field, "ID_FORMAT"));
        return this;
    }

    Checks present(String field, Object value) {
        if (value == null) problems.add(FieldProblem.of(field, "REQUIRED"));
        return this;
    }

    /** A score or rate: present, not negative, and at most {@code max} when one is given. */
    Checks number(String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (value.signum() < 0) {
            problems.add(FieldProblem.of(field, "NEGATIVE"));
        } else if (max != null && value.compareTo(max) > 0) {
            problems.add(FieldProblem.of(field, "RANGE", 0, max.toPlainString()));
        }
        return this;
    }

    /** A score above zero: improvements are measured in percent of it. */
    Checks positive(String field, BigDecimal value) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (value.signum() <= 0) {
            problems.add(FieldProblem.of(field, "POSITIVE"));
        }
        return this;
    }

    /** A day inside the term. */
    Checks inTerm(String field, LocalDate day, TermCalendar calendar) {
        if (day == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (!calendar.contains(YearMonth.from(day))) {
            problems.add(FieldProblem.of(field, "DATE_OUTSIDE_TERM", calendar.startMonth().toString(),
                    calendar.endMonth().toString()));
        }
        return this;
    }

    /** A day inside the term that is not in the future. */
    Checks dayInTerm(String field, LocalDate day, TermCalendar calendar, LocalDate today) {
        int before = problems.size();
        inTerm(field, day, calendar);
        if (problems.size() == before && day.isAfter(today)) {
            problems.add(FieldProblem.of(field, "FUTURE_DATE"));
        }
        return this;
    }

    Checks notFuture(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (day.isAfter(today)) {
            problems.add(FieldProblem.of(field, "FUTURE_DATE"));
        }
        return this;
    }

    Checks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    Checks addAll(List<FieldProblem> more) {
        problems.addAll(more);
        return this;
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    void orRefuse() {
        LedgerException.failIfAny(problems);
    }
}
