package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.term.api.MonthlyReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The seniors of a department whose terms cover a month, with the month's report as it now stands. */
@Component
public class DepartmentSeniors {

    /**
     * A senior's month: the term, the person, the latest version of the month's report (null if none), how many
     * versions it has, when and by whom the latest was recorded, and the day it fell due if it was ever overdue.
     */
    public record SeniorMonth(String termId, String staffId, String name, MonthlyReport submitted, int versions,
                              Instant recordedAt, String recordedBy, LocalDate overdueOn) {

        public SeniorMonth(String termId, String staffId, String name, MonthlyReport submitted) {
            this(termId, staffId, name, submitted, submitted == null ? 0 : 1, null, null, null);
        }

        /** MISSING (nothing submitted yet), SUBMITTED, LATE (after it was reported overdue), CORRECTED. */
        public Status status() {
            if (submitted == null) return Status.MISSING;
            if (versions > 1) return Status.CORRECTED;
            return overdueOn != null ? Status.LATE : Status.SUBMITTED;
        }
    }

    public enum Status { MISSING, SUBMITTED, LATE, CORRECTED }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DepartmentSeniors(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<SeniorMonth> of(String institutionId, String departmentId, YearMonth month) {
        record Found(String termId, String staffId, String name, YearMonth start, int months, String report,
                     int versions, Instant recordedAt, String recordedBy, LocalDate overdueOn) {
        }
        List<Found> found = jdbc.query("""
                        select t.term_id, t.staff_id, s.name, t.start_month, t.months, r.report, r.version,
                               r.recorded_at, r.recorded_by, o.due_on
                        from term t join staff s on s.staff_id = t.staff_id
                        left join lateral (select report, version, recorded_at, recorded_by from monthly_report m
                                           where m.term_id = t.term_id and m.month = ?
                                           order by m.version desc limit 1) r on true
                        left join overdue_report o on o.term_id = t.term_id and o.month = ?
                        where s.institution_id = ? and s.department_id = ? and t.start_month <= ?
                        order by t.staff_id, t.term_id""",
                (rs, n) -> new Found(rs.getString(1), rs.getString(2), rs.getString(3),
                        YearMonth.parse(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getInt(7),
                        rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(), rs.getString(9),
                        rs.getDate(10) == null ? null : rs.getDate(10).toLocalDate()),
                month.toString(), month.toString(), institutionId, departmentId, month.toString());
        return found.stream().filter(f -> month.isBefore(f.start().plusMonths(f.months())))
                .map(f -> new SeniorMonth(f.termId(), f.staffId(), f.name(), report(f.report()), f.versions(),
                        f.recordedAt(), f.recordedBy(), f.overdueOn())).toList();
    }

    private MonthlyReport report(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, MonthlyReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
