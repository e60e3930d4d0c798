package cn.nengshang.ledger.common.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

/** Keeps the first answer to each (caller, Idempotency-Key). */
@Component
public class IdempotencyStore {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Request(String actor, String key, String method, String path, String hash) {
    }

    public record Answer(String method, String path, String hash, int status, String contentType, String etag,
                         String location, byte[] body) {

        boolean answers(Request request) {
            return method.equals(request.method()) && path.equals(request.path()) && hash.equals(request.hash());
        }
    }

    public Optional<Answer> find(Request request) {
        return jdbc.query("""
                        select method, path, request_hash, status, content_type, etag, location, body
                        from idempotency_record where actor = ? and idem_key = ?""",
                (rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8)),
                request.actor(), request.key()).stream().findFirst();
    }

    /** Keeps the answer unless one was kept meanwhile for the same key: the first stays. */
    public void keep(Request request, Answer answer) {
        jdbc.update("""
                        insert into idempotency_record
                        (actor, idem_key, method, path, request_hash, status, content_type, etag, location, body, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""",
                request.actor(), request.key(), answer.method(), answer.path(), answer.hash(), answer.status(),
                answer.contentType(), answer.etag(), answer.location(), answer.body(),
                Timestamp.from(clock.instant()));
    }
}
