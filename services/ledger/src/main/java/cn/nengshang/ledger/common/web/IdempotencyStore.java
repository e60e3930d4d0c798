package cn.nengshang.ledger.common.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Keeps the first answer to each (caller, Idempotency-Key). */
@Component
public class IdempotencyStore {

    static final Duration ABANDONED = Duration.ofMinutes(5);

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

    /** What a claim found: the key was free and is now this request's, or held by an answer or a request running. */
    public sealed interface Claim permits Claimed, Answered, Running {
    }

    public record Claimed() implements Claim {
    }

    public record Answered(Answer answer) implements Claim {
    }

    public record Running() implements Claim {
    }

    /**
     * Claims the key for this request in one statement, so that of two requests arriving together exactly one
     * runs. A claim left by a request that never finished (the service stopped under it) lapses after
     * {@link #ABANDONED}.
     */
    public Claim claim(Request request) {
        Instant now = clock.instant();
        int claimed = jdbc.update("""
                        insert into idempotency_record
                        (actor, idem_key, method, path, request_hash, status, body, created_at)
                        values (?, ?, ?, ?, ?, 0, ''::bytea, ?)
                        on conflict (actor, idem_key) do update set method = excluded.method, path = excluded.path,
                            request_hash = excluded.request_hash, created_at = excluded.created_at
                        where idempotency_record.status = 0 and idempotency_record.created_at < ?""",
                request.actor(), request.key(), request.method(), request.path(), request.hash(),
                Timestamp.from(now), Timestamp.from(now.minus(ABANDONED)));
        if (claimed == 1) {
            return new Claimed();
        }
        return find(request).<Claim>map(Answered::new).orElseGet(Running::new);
    }

    private Optional<Answer> find(Request request) {
        return jdbc.query("""
                        select method, path, request_hash, status, content_type, etag, location, body
                        from idempotency_record where actor = ? and idem_key = ? and status > 0""",
                (rs, n) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBytes(8)),
                request.actor(), request.key()).stream().findFirst();
    }

    /** Keeps the answer to the request that claimed the key. */
    public void keep(Request request, Answer answer) {
        jdbc.update("""
                        update idempotency_record set status = ?, content_type = ?, etag = ?, location = ?, body = ?
                        where actor = ? and idem_key = ? and status = 0""",
                answer.status(), answer.contentType(), answer.etag(), answer.location(), answer.body(),
                request.actor(), request.key());
    }

    /** Frees the key after a failure of the service's own (5xx): the same request may be tried again. */
    public void release(Request request) {
        jdbc.update("delete from idempotency_record where actor = ? and idem_key = ? and status = 0",
                request.actor(), request.key());
    }
}
