package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.policy.TextRule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a request may be before anything reads it. A path of at most 1,000 characters (else 400
 * {@code INVALID_PATH}); query parameters that are text by the one text rule, each at most 1,000 characters
 * (else 400 {@code VALIDATION_FAILED} naming the parameter); a body, when it says what it is, of a concrete
 * media type (a wildcard such as {@code *}{@code /*} is 415); and the largest body the service reads: one that
 * says it is larger is refused before it is read, one that turns out larger (sent in chunks) is refused when
 * the limit is passed. Either way 413, nothing written.
 */
public class RequestLimits extends OncePerRequestFilter {

    private static final String LIMIT = RequestLimits.class.getName() + ".limit";
    /** The longest path, and the longest value of a query parameter. */
    static final int MAX_PARAMETER = 1000;

    private final long maxBytes;
    private final ProblemWriter problems;

    public RequestLimits(DataSize maxBody, ProblemWriter problems) {
        this.maxBytes = maxBody.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        request.setAttribute(LIMIT, maxBytes);
        if (request.getRequestURI().length() > MAX_PARAMETER) {
            problems.write(request, response, ErrorCode.INVALID_PATH);
            return;
        }
        List<FieldProblem> parameters = parameterProblems(request);
        if (!parameters.isEmpty()) {
            problems.write(request, response, ErrorCode.VALIDATION_FAILED, List.of(), parameters);
            return;
        }
        String type = request.getContentType();
        if (type != null && wildcard(type)) {
            problems.write(request, response, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE, List.of(describe(request)), List.of());
            return;
        }
        chain.doFilter(new Limited(request, maxBytes), response);
    }

    private static List<FieldProblem> parameterProblems(HttpServletRequest request) {
        List<FieldProblem> found = new ArrayList<>();
        String query = request.getQueryString();
        if (query == null) {
            return found;
        }
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                if (value.length() > MAX_PARAMETER) {
                    found.add(FieldProblem.of(name, "TOO_LONG", MAX_PARAMETER));
                } else {
                    TextRule.problem(value, false).ifPresent(p -> found.add(FieldProblem.of(name, "TEXT_" + p.name())));
                }
            }
        });
        return found;
    }

    private static boolean wildcard(String contentType) {
        String essence = contentType.split(";", 2)[0].strip();
        return essence.startsWith("*") || essence.endsWith("/*") || !essence.contains("/");
    }

    /** Whether a failure comes from a body larger than the limit. */
    static boolean exceeded(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) return true;
        }
        return false;
    }

    /** The limit as a message argument, e.g. {@code 1048576}. */
    static Object describe(HttpServletRequest request) {
        Object limit = request.getAttribute(LIMIT);
        return limit == null ? "?" : limit;
    }

    /** Read past the limit. */
    static final class TooLarge extends IOException {

        TooLarge() {
            super("request body larger than the limit");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) count(1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) count(n);
                        return n;
                    }

                    private void count(int n) throws TooLarge {
                        read += n;
                        if (read > maxBytes) throw new TooLarge();
                    }
                };
            }
            return limited;
        }
    }
}
