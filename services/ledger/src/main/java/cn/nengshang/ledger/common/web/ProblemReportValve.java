package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The servlet container's own error answer (a request it refuses before the application sees it, such as
 * {@code %00} or an invalid encoding in the path) as a problem document instead of an HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ErrorCode code = ErrorPages.forStatus(status);
        String body = "{\"type\":\"urn:nengshang:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + "\",\"title\":\"" + code.name() + "\",\"status\":" + status + ",\"code\":\"" + code.name() + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone: nothing is left to tell it
        }
    }
}
