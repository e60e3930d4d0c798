package cn.nengshang.ledger.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The scheme's time zone: days and months begin and end in Asia/Shanghai. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }

    /** The first instant after the given day: "as of" a day means at the end of that day. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
