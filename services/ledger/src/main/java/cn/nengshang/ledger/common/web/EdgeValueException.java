package cn.nengshang.ledger.common.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value of a request that may not enter the record: the field is found from its path, the reason is a field code. */
class EdgeValueException extends JsonMappingException {

    private final String reason;
    private final transient Object[] args;

    EdgeValueException(JsonParser parser, String reason, Object... args) {
        super(parser, reason);
        this.reason = reason;
        this.args = args;
    }

    String reason() {
        return reason;
    }

    Object[] args() {
        return args;
    }
}
