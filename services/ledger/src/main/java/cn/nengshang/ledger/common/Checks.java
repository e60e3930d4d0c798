package cn.nengshang.ledger.common;

import cn.nengshang.policy.TextRule;
import cn.nengshang.policy.progress.TermCalendar;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects the problems of a command's fields, in the words of the message catalogue. Every text goes
 * through {@link TextRule}; names are one line, at most {@link #NAME} characters and must show something;
 * short texts (titles, reasons) at most {@link #TEXT}; prose (case steps, notes) at most {@link #PROSE}.
 */
public final class Checks {

    public static final int NAME = 100;
    public static final int TEXT = 200;
    public static final int PROSE = 2000;
    private static final Pattern ID_FORM = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private final List<FieldProblem> problems = new ArrayList<>();

    /** A person's, mentee's or thing's name: one line, visible, at most {@link #NAME}. */
    public Checks name(String field, String value) {
        return text(field, value, NAME, false);
    }

    /** A title, reason or description: at most {@link #TEXT}, line breaks allowed. */
    public Checks text(String field, String value) {
        return text(field, value, TEXT, true);
    }

    /** A step's reasons, notes, an objection or its answer: at most {@link #PROSE}. */
    public Checks prose(String field, String value) {
        return text(field, value, PROSE, true);
    }

    /** An optional text: checked like {@link #text} when given. */
    public Checks optionalText(String field, String value) {
        return value == null || value.isBlank() ? this : text(field, value);
    }

    /** An optional piece of prose: checked like {@link #prose} when given. */
    public Checks optionalProse(String field, String value) {
        return value == null || value.isBlank() ? this : prose(field, value);
    }

    private Checks text(String field, String value, int max, boolean multiline) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (value.strip().length() > max) {
            problems.add(FieldProblem.of(field, "TOO_LONG", max));
        } else {
            TextRule.problem(value, multiline).ifPresentOrElse(
                    p -> problems.add(FieldProblem.of(field, "TEXT_" + p.name())),
                    () -> {
                        if (!TextRule.visible(value)) {
                            problems.add(FieldProblem.of(field, "TEXT_" + TextRule.Problem.INVISIBLE.name()));
                        }
                    });
        }
        return this;
    }

    public Checks id(String field, String value) {
        if (value == null || !ID_FORM.matcher(value).matches()) problems.add(FieldProblem.of(field, "ID_FORMAT"));
        return this;
    }

    public Checks present(String field, Object value) {
        if (value == null) problems.add(FieldProblem.of(field, "REQUIRED"));
        return this;
    }

    /** A whole number from {@code min} to {@code max}. */
    public Checks within(String field, Integer value, int min, int max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (value < min || value > max) {
            problems.add(FieldProblem.of(field, "RANGE", min, max));
        }
        return this;
    }

    /** A score, rate or amount: present, not negative, at most {@code max}. */
    public Checks number(String field, BigDecimal value, BigDecimal max) {
        return decimal(field, value, false, max);
    }

    /** A score above zero and at most {@code max}: improvements are measured in percent of it. */
    public Checks positive(String field, BigDecimal value, BigDecimal max) {
        return decimal(field, value, true, max);
    }

    private Checks decimal(String field, BigDecimal value, boolean aboveZero, BigDecimal max) {
        if (value == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (aboveZero ? value.signum() <= 0 : value.signum() < 0) {
            problems.add(FieldProblem.of(field, aboveZero ? "POSITIVE" : "NEGATIVE"));
        } else if (value.compareTo(max) > 0) {
            problems.add(FieldProblem.of(field, "RANGE", 0, max.toPlainString()));
        }
        return this;
    }

    /** A day inside the term. */
    public Checks inTerm(String field, LocalDate day, TermCalendar calendar) {
        if (day == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (!calendar.contains(YearMonth.from(day))) {
            problems.add(FieldProblem.of(field, "DATE_OUTSIDE_TERM", calendar.startMonth().toString(),
                    calendar.endMonth().toString()));
        }
        return this;
    }

    /** A day inside the term that is not in the future. */
    public Checks dayInTerm(String field, LocalDate day, TermCalendar calendar, LocalDate today) {
        int before = problems.size();
        inTerm(field, day, calendar);
        if (problems.size() == before && day.isAfter(today)) {
            problems.add(FieldProblem.of(field, "FUTURE_DATE"));
        }
        return this;
    }

    /** A day in the scheme's era that is not in the future. */
    public Checks notFuture(String field, LocalDate day, LocalDate today) {
        if (day == null) {
            problems.add(FieldProblem.of(field, "REQUIRED"));
        } else if (day.isAfter(today)) {
            problems.add(FieldProblem.of(field, "FUTURE_DATE"));
        } else if (day.isBefore(DomainRange.FIRST_DAY)) {
            problems.add(FieldProblem.of(field, "DATE_RANGE", DomainRange.FIRST_DAY, DomainRange.LAST_DAY));
        }
        return this;
    }

    public Checks add(FieldProblem problem) {
        problems.add(problem);
        return this;
    }

    public Checks addAll(List<FieldProblem> more) {
        problems.addAll(more);
        return this;
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void orRefuse() {
        LedgerException.failIfAny(problems);
    }

    /** A text as it is kept: stripped; null stays null. */
    public static String kept(String value) {
        return value == null ? null : value.strip();
    }
}
