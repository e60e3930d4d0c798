package cn.nengshang.ledger.audit;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.CorrelationId;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.common.web.ActorResolver;
import cn.nengshang.ledger.common.web.ProblemWriter;
import cn.nengshang.ledger.common.web.TokenClaimNames;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Set;

/**
 * Appends each request's entry to the audit once it is answered: every write (changed, refused or failed)
 * and every refusal of access (401 and 403) on any path, with the actor of its token, the path and the
 * problem's code and reason. Runs before every other check, so that a request refused at the edge (too
 * large, of a type not taken) is audited too; the actor is the token's once the security chain has verified
 * it ({@link Authenticated}), {@code anonymous} when there was none, it was refused, or the request was
 * refused before it was read. Reads that were allowed are not audited.
 *
 * <p>The answer of an audited request is held until its entry is written, so that a client that has its
 * answer finds it in the audit: a write's answer always (they are small), a read's only once its status is a
 * refusal of access, so that reads stream as before.
 */
public class AuditTrail extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    public static final String ANONYMOUS = "anonymous";
    private static final String ACTOR = AuditTrail.class.getName() + ".actor";

    private final AuditLog audit;
    private final Clock wall = Clock.systemUTC();

    public AuditTrail(AuditLog audit) {
        this.audit = audit;
    }

    /** Who a request acts for, once known (the console's signed-in user): kept for the audit's entry. */
    public static void actedBy(HttpServletRequest request, Actor actor) {
        request.setAttribute(ACTOR, actor);
    }

    /** In the security chain, after the token is verified: keeps its actor for the audit's entry. */
    public static class Authenticated extends OncePerRequestFilter {

        private final TokenClaimNames claims;

        public Authenticated(TokenClaimNames claims) {
            this.claims = claims;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ActorResolver.token().ifPresent(jwt -> request.setAttribute(ACTOR, claims.actor(jwt)));
            chain.doFilter(request, response);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Held held = new Held(response, !READS.contains(request.getMethod()));
        boolean failed = true;
        try {
            chain.doFilter(request, held);
            failed = false;
        } finally {
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : held.getStatus();
            AuditLog.Outcome outcome = outcome(request.getMethod(), status);
            if (outcome != null) {
                record(request, status, outcome);
            }
            held.release();
        }
    }

    /**
     * The response with its body kept back while it is audited: always for writes, for reads from the moment
     * the status refuses access (the body of a read that is allowed goes out as it is written).
     */
    private static final class Held extends HttpServletResponseWrapper {

        private final ContentCachingResponseWrapper kept;
        private final boolean always;

        Held(HttpServletResponse response, boolean always) {
            super(response);
            this.kept = new ContentCachingResponseWrapper(response);
            this.always = always;
        }

        private boolean holding() {
            int status = getStatus();
            return always || status == SC_UNAUTHORIZED || status == SC_FORBIDDEN;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return holding() ? kept.getOutputStream() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return holding() ? kept.getWriter() : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!holding()) super.flushBuffer();
        }

        @Override
        public void setContentLength(int length) {
            if (holding()) kept.setContentLength(length); else super.setContentLength(length);
        }

        @Override
        public void setContentLengthLong(long length) {
            if (holding()) kept.setContentLengthLong(length); else super.setContentLengthLong(length);
        }

        @Override
        public void sendError(int status) throws IOException {
            kept.resetBuffer();
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            kept.resetBuffer();
            super.sendError(status, message);
        }

        @Override
        public void resetBuffer() {
            kept.resetBuffer();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            kept.resetBuffer();
            super.reset();
        }

        void release() throws IOException {
            kept.copyBodyToResponse();
        }
    }

    static AuditLog.Outcome outcome(String method, int status) {
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
            return AuditLog.Outcome.DENIED;
        }
        if (READS.contains(method)) return null;
        if (status < 400) return AuditLog.Outcome.CHANGED;
        return status < 500 ? AuditLog.Outcome.REFUSED : AuditLog.Outcome.FAILED;
    }

    private void record(HttpServletRequest request, int status, AuditLog.Outcome outcome) {
        Actor actor = request.getAttribute(ACTOR) instanceof Actor verified ? verified
                : new Actor(ANONYMOUS, Set.of(), null, null);
        try {
            audit.append(new AuditLog.Entry(0, wall.instant(), actor.sub(),
                    actor.roles().stream().map(Role::name).sorted().toList(), actor.institution(), actor.department(),
                    request.getMethod(), request.getRequestURI(), status, outcome,
                    (String) request.getAttribute(ProblemWriter.CODE),
                    (String) request.getAttribute(ProblemWriter.REASON),
                    (String) request.getAttribute(CorrelationId.ATTRIBUTE)));
        } catch (RuntimeException e) {
            log.error("the audit entry of {} {} ({}) by {} could not be written", request.getMethod(),
                    request.getRequestURI(), status, actor.sub(), e);
        }
    }
}
