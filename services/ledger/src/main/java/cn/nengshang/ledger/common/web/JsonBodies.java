package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.Collectors;

/** Reads a JSON tree into a request type as a request body is read; a value of the wrong type is a field error. */
@Component
public class JsonBodies {

    private final RequestJson json;

    public JsonBodies(RequestJson json) {
        this.json = json;
    }

    public <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.mapper().treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw invalid(e);
        }
    }

    /**
     * The field a reading error points at, as {@code grassrootsDays[2]}, with why: an unknown field, a value
     * the edge refuses, or one of the wrong type or form. MALFORMED_REQUEST when the body is not JSON at all.
     */
    public static LedgerException invalid(Throwable error) {
        if (error instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining()).replaceFirst("^\\.", "");
            FieldProblem problem = error instanceof EdgeValueException edge
                    ? FieldProblem.of(field, edge.reason(), edge.args())
                    : error instanceof UnrecognizedPropertyException ? FieldProblem.of(field, "UNKNOWN_FIELD")
                    : FieldProblem.of(field, "INVALID");
            return new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(problem));
        }
        return new LedgerException(ErrorCode.MALFORMED_REQUEST);
    }
}
