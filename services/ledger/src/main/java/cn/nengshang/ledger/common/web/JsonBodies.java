package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** Reads a JSON tree into a request type; a value of the wrong type is a field error, not a crash. */
@Component
public class JsonBodies {

    private final ObjectMapper json;

    public JsonBodies(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /** The field a mapping error points at, as {@code grassrootsDays[2]}; MALFORMED_REQUEST when none. */
    public static LedgerException invalid(Throwable error) {
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            return new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of(field, "INVALID")));
        }
        return new LedgerException(ErrorCode.MALFORMED_REQUEST);
    }
}
