package cn.nengshang.ledger.audit;

import cn.nengshang.ledger.common.PageView;
import cn.nengshang.ledger.common.Paging;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The audit's table: appended to as each request is answered, never changed. */
@Component
public class AuditLog {

    /** What became of a request. */
    public enum Outcome {
        /** a write that was done */
        CHANGED,
        /** a write refused: bad input, a rule of the scheme, a conflict */
        REFUSED,
        /** access refused: no valid token (401) or not allowed (403), on any request */
        DENIED,
        /** a write that failed on the service's side */
        FAILED
    }

    public record Entry(long id, Instant at, String actor, List<String> roles, String institution, String department,
                        String method, String path, int status, Outcome outcome, String code, String reason,
                        String correlationId) {
    }

    /** What to list: each part optional; newest first. */
    public record Filter(String actor, Outcome outcome, String pathPrefix, Instant from, Instant to) {
    }

    private static final RowMapper<Entry> ROW = (rs, n) -> new Entry(rs.getLong("id"),
            rs.getTimestamp("at").toInstant(), rs.getString("actor"),
            rs.getString("roles").isEmpty() ? List.of() : Arrays.asList(rs.getString("roles").split(",")),
            rs.getString("institution"), rs.getString("department"), rs.getString("method"), rs.getString("path"),
            rs.getInt("status"), Outcome.valueOf(rs.getString("outcome")), rs.getString("code"),
            rs.getString("reason"), rs.getString("correlation_id"));

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(Entry entry) {
        jdbc.update("insert into audit_entry (at, actor, roles, institution, department, method, path, status,"
                        + " outcome, code, reason, correlation_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(entry.at()), cut(entry.actor(), 255), cut(String.join(",", entry.roles()), 255),
                cut(entry.institution(), 100), cut(entry.department(), 100), entry.method(), cut(entry.path(), 1000),
                entry.status(), entry.outcome().name(), cut(entry.code(), 64), cut(entry.reason(), 500),
                cut(entry.correlationId(), 100));
    }

    public PageView<Entry> list(Filter filter, Paging paging) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (filter.actor() != null) {
            where.append(" and actor = ?");
            args.add(filter.actor());
        }
        if (filter.outcome() != null) {
            where.append(" and outcome = ?");
            args.add(filter.outcome().name());
        }
        if (filter.pathPrefix() != null) {
            where.append(" and starts_with(path, ?)");
            args.add(filter.pathPrefix());
        }
        if (filter.from() != null) {
            where.append(" and at >= ?");
            args.add(Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and at < ?");
            args.add(Timestamp.from(filter.to()));
        }
        Long total = jdbc.queryForObject("select count(*) from audit_entry" + where, Long.class, args.toArray());
        List<Object> paged = new ArrayList<>(args);
        paged.add(paging.size());
        paged.add((long) paging.page() * paging.size());
        List<Entry> items = jdbc.query("select * from audit_entry" + where + " order by id desc limit ? offset ?",
                ROW, paged.toArray());
        return new PageView<>(items, paging.page(), paging.size(), total == null ? 0 : total);
    }

    /** At most this long, and storable whatever the caller sent: control characters (U+0000 among them) shown as U+FFFD. */
    private static String cut(String value, int max) {
        if (value == null) return null;
        String storable = value.codePoints().map(c -> Character.isISOControl(c) && c != '\n' && c != '\t' ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return storable.length() <= max ? storable : storable.substring(0, max);
    }
}
