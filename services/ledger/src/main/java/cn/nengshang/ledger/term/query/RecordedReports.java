package cn.nengshang.ledger.term.query;

import cn.nengshang.policy.progress.MonthlyFacts;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reports of a term as the record stood at a moment: per month, the last version recorded before it. */
public final class RecordedReports {

    private RecordedReports() {
    }

    public static Map<YearMonth, MonthlyFacts> asOf(List<ReportVersion> versions, Instant before) {
        Map<YearMonth, MonthlyFacts> facts = new TreeMap<>();
        versions.stream()
                .filter(v -> v.recordedAt().isBefore(before))
                .sorted(Comparator.comparing(ReportVersion::month).thenComparingInt(ReportVersion::version))
                .forEach(v -> facts.put(v.month(), v.report().toFacts(v.month())));
        return facts;
    }
}
