package cn.nengshang.ledger.common;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processors' positions as the token store holds them, for every replica sharing the database: read
 * without claiming anything. A token is written in the same transaction as what its segment did, so a stored
 * token that has passed an event means that event's read models are committed, whichever replica holds it.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Map<String, Integer> segments = new ConcurrentHashMap<>();

    StoredTokens(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The tokens of the processor's segments; null for a segment that has read nothing yet. */
    public List<TrackingToken> of(String processor) {
        List<TrackingToken> tokens = jdbc.query(
                "select token, token_type from token_entry where processor_name = ? order by segment",
                (rs, n) -> {
                    byte[] bytes = rs.getBytes(1);
                    String type = rs.getString(2);
                    return bytes == null || type == null ? null
                            : serializer.<byte[], TrackingToken>deserialize(
                                    new SimpleSerializedObject<>(bytes, byte[].class, type, null));
                }, processor);
        segments.put(processor, tokens.size());
        return tokens;
    }

    /** How many segments the processor has (the store is asked once; segments are not split at run time). */
    public int segments(String processor) {
        return segments.computeIfAbsent(processor, name -> {
            Integer count = jdbc.queryForObject("select count(*) from token_entry where processor_name = ?",
                    Integer.class, name);
            return count == null ? 0 : count;
        });
    }
}
