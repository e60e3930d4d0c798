package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The processors' positions as the token store holds them, for every replica sharing the database: read
 * without claiming anything. A token is written in the same transaction as what its segment did, so a stored
 * token that has passed an event means that event's read models are committed, whichever replica holds it.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * One segment of a processor in the token store: which part of the events it takes, its token (null before it
     * has read anything) and the replica that claims it (null when none does).
     */
    public record StoredSegment(Segment segment, TrackingToken token, String owner) {
    }

    /** The processor's segments, in order. */
    public List<StoredSegment> of(String processor) {
        record Row(int segment, TrackingToken token, String owner) {
        }
        List<Row> rows = jdbc.query(
                "select segment, token, token_type, owner from token_entry where processor_name = ? order by segment",
                (rs, n) -> {
                    byte[] bytes = rs.getBytes(2);
                    String type = rs.getString(3);
                    TrackingToken token = bytes == null || type == null ? null
                            : serializer.<byte[], TrackingToken>deserialize(
                                    new SimpleSerializedObject<>(bytes, byte[].class, type, null));
                    return new Row(rs.getInt(1), token, rs.getString(4));
                }, processor);
        int[] ids = rows.stream().mapToInt(Row::segment).toArray();
        return rows.stream().map(r -> new StoredSegment(Segment.computeSegment(r.segment(), ids), r.token(), r.owner()))
                .toList();
    }

    /** How many segments each processor has in the store, read in one query without reading the tokens. */
    public Map<String, Integer> segmentCounts() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("select processor_name, count(*) from token_entry group by processor_name",
                (RowCallbackHandler) rs -> counts.put(rs.getString(1), rs.getInt(2)));
        return counts;
    }

    /** The position every segment of the processor has passed, or null while one has read nothing. */
    public Long reached(String processor) {
        List<StoredSegment> segments = of(processor);
        if (segments.isEmpty() || segments.stream().anyMatch(s -> s.token() == null)) return null;
        return segments.stream().mapToLong(s -> s.token().position().orElse(-1)).min().orElse(-1);
    }

    /** Whether a segment of the processor is being replayed, by whichever replica. */
    public boolean replaying(String processor) {
        return of(processor).stream().anyMatch(s -> Positions.replaying(s.token()));
    }
}
