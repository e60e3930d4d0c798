package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/**
 * The answers that come from outside a controller, as problem+json like every other: the servlet
 * container's error page, and a path the firewall rejects (an encoded slash, {@code ..}, {@code ;}).
 */
@Controller
public class ErrorPages implements ErrorController, RequestRejectedHandler {

    private final ProblemWriter problems;

    public ErrorPages(ProblemWriter problems) {
        this.problems = problems;
    }

    @RequestMapping("/error")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // asked for directly, the error page is a path like any other that names nothing
        problems.write(request, response, forStatus(status instanceof Integer code ? code : 404));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        problems.write(request, response, ErrorCode.INVALID_PATH);
    }

    /** The code that answers an HTTP status given without one. */
    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.INVALID_PATH;
            case 401 -> ErrorCode.UNAUTHENTICATED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405, 501 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.NOT_READY;
            default -> ErrorCode.INTERNAL_ERROR;
        };
    }
}
