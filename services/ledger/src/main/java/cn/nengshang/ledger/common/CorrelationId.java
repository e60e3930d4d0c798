package cn.nengshang.ledger.common;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.UUID;

/** The id that ties a request to every message it causes: the caller's X-Correlation-Id or a new one. */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    public static final String ATTRIBUTE = CorrelationId.class.getName();

    private CorrelationId() {
    }

    public static String current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object id = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return id != null ? id.toString() : UUID.randomUUID().toString();
    }
}
