package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes with an {@code Idempotency-Key} header: the first answer (below 500) is kept per caller and key,
 * and a repeat of the same request gets it again without running twice. The same key on a different
 * request is refused with IDEMPOTENCY_KEY_REUSED.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** Visible ASCII, at most 255 characters: a UUID or any caller's own key fits. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final ProblemWriter problems;
    private final TokenClaimNames claims;

    public IdempotencyFilter(IdempotencyStore store, ProblemWriter problems, TokenClaimNames claims) {
        this.store = store;
        this.problems = problems;
        this.claims = claims;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null || !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (authentication == null || !authentication.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (!KEY.matcher(key).matches()) {
            problems.write(request, response, ErrorCode.VALIDATION_FAILED, List.of(),
                    List.of(FieldProblem.of(HEADER, "IDEMPOTENCY_KEY_FORM")));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (RequestLimits.TooLarge e) {
            problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE, List.of(RequestLimits.describe(request)),
                    List.of());
            return;
        }
        IdempotencyStore.Request asked = new IdempotencyStore.Request(principal(authentication), key,
                request.getMethod(), request.getRequestURI(), sha256(body));
        IdempotencyStore.Claim claim = store.claim(asked);
        if (claim instanceof IdempotencyStore.Running) {
            problems.write(request, response, ErrorCode.IDEMPOTENCY_KEY_IN_USE);
            return;
        }
        if (claim instanceof IdempotencyStore.Answered answered) {
            if (!answered.answer().answers(asked)) {
                problems.write(request, response, ErrorCode.IDEMPOTENCY_KEY_REUSED);
            } else {
                replay(answered.answer(), response);
            }
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new BodyRequest(request, body), recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(asked);
            throw e;
        }
        if (recorded.getStatus() < 500) {
            store.keep(asked, new IdempotencyStore.Answer(asked.method(), asked.path(), asked.hash(),
                    recorded.getStatus(), recorded.getContentType(), recorded.getHeader(HttpHeaders.ETAG),
                    recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray()));
        } else {
            store.release(asked);
        }
        recorded.copyBodyToResponse();
    }

    private static void replay(IdempotencyStore.Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        if (answer.contentType() != null) response.setContentType(answer.contentType());
        if (answer.etag() != null) response.setHeader(HttpHeaders.ETAG, answer.etag());
        if (answer.location() != null) response.setHeader(HttpHeaders.LOCATION, answer.location());
        response.setHeader("Idempotent-Replayed", "true");
        response.getOutputStream().write(answer.body());
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once and served again to the handler. */
    private static final class BodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }

    /**
     * Whose key it is: the subject, with what the token lets them do (roles, institution, department), so that
     * a token of the same subject with other roles never replays an answer it would not have been given.
     */
    private String principal(Authentication authentication) {
        String grants = authentication.getAuthorities().stream().map(Object::toString).sorted()
                .collect(Collectors.joining(","));
        String scope = authentication.getPrincipal() instanceof Jwt jwt
                ? claims.actor(jwt).institution() + "/" + claims.actor(jwt).department() : "";
        String name = authentication.getName();
        String fingerprint = sha256((name + "|" + grants + "|" + scope).getBytes(StandardCharsets.UTF_8));
        return (name.length() > 180 ? name.substring(0, 180) : name) + "#" + fingerprint.substring(0, 32);
    }
}
