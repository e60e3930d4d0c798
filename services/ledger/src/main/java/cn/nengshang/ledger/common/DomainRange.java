package cn.nengshang.ledger.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The range every date and number of a request must lie in, whatever field it is: the scheme's records
 * are of people working between these years, and no count, score or amount is this large. A value outside
 * is refused at the edge, before it can become an event that a read model cannot store.
 */
public final class DomainRange {

    public static final LocalDate FIRST_DAY = LocalDate.of(1950, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
    /** No amount, score or rate of the record is larger, and none has more decimals than {@link #MAX_SCALE}. */
    public static final BigDecimal MAX_NUMBER = new BigDecimal("1000000000000");
    public static final int MAX_SCALE = 6;
    /** A capability or specialty score: above zero, at most this. */
    public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(1000);
    /** A rate in percent. */
    public static final BigDecimal PERCENT = BigDecimal.valueOf(100);
    /** A workload figure of one month. */
    public static final BigDecimal MAX_WORKLOAD = new BigDecimal("1000000000");
    /** A count of one month's activities. */
    public static final int MAX_COUNT = 10_000;
    /** The pieces of evidence one step of a case names. */
    public static final int MAX_EVIDENCE = 50;
    /** The objections one public notice takes: each must be answered before the notice closes. */
    public static final int MAX_OBJECTIONS = 100;
    /** The members of a committee that decides a case. */
    public static final int MAX_COMMITTEE = 500;

    private DomainRange() {
    }

    public static boolean contains(LocalDate day) {
        return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
    }

    public static boolean contains(YearMonth month) {
        return contains(month.atDay(1));
    }

    public static boolean contains(BigDecimal number) {
        return number.abs().compareTo(MAX_NUMBER) <= 0 && number.stripTrailingZeros().scale() <= MAX_SCALE;
    }
}
