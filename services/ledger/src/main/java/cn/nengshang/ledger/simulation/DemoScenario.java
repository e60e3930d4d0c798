package cn.nengshang.ledger.simulation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A demonstration run: when it starts, how each kind of senior reports, and who follows which pattern. */
record DemoScenario(String description, OffsetDateTime start, Map<String, Pattern> patterns, Map<String, String> staff) {

    /**
     * How one senior reports: in which term-months (from, until), in which months without teaching activities,
     * and whether they record the registers and achievements that outcome tasks need.
     */
    record Pattern(String description, int reportsFrom, int reportsUntil, List<Integer> idleMonths,
                   boolean achievements) {

        boolean reports(int termMonth) {
            return termMonth >= reportsFrom && termMonth <= reportsUntil;
        }
    }
}
