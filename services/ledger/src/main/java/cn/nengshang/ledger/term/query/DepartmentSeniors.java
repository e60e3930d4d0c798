package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.term.api.MonthlyReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.List;

/** The seniors of a department whose terms cover a month, with the month's report as it now stands. */
@Component
public class DepartmentSeniors {

    /** A senior's month: the term, the person, and the latest version of the month's report (null if none). */
    public record SeniorMonth(String termId, String staffId, String name, MonthlyReport submitted) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DepartmentSeniors(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<SeniorMonth> of(String institutionId, String departmentId, YearMonth month) {
        record Found(String termId, String staffId, String name, YearMonth start, int months, String report) {
        }
        List<Found> found = jdbc.query("""
                        select t.term_id, t.staff_id, s.name, t.start_month, t.months,
                               (select r.report from monthly_report r where r.term_id = t.term_id and r.month = ?
                                order by r.version desc limit 1) as report
                        from term t join staff s on s.staff_id = t.staff_id
                        where s.institution_id = ? and s.department_id = ? and t.start_month <= ?
                        order by t.staff_id, t.term_id""",
                (rs, n) -> new Found(rs.getString(1), rs.getString(2), rs.getString(3),
                        YearMonth.parse(rs.getString(4)), rs.getInt(5), rs.getString(6)),
                month.toString(), institutionId, departmentId, month.toString());
        return found.stream().filter(f -> month.isBefore(f.start().plusMonths(f.months())))
                .map(f -> new SeniorMonth(f.termId(), f.staffId(), f.name(), report(f.report()))).toList();
    }

    private MonthlyReport report(String stored) {
        try {
            return stored == null ? null : json.readValue(stored, MonthlyReport.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
