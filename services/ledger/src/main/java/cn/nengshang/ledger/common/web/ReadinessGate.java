package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The API answers once the service is ready (its seeds are in place): before that, 503 NOT_READY with a
 * Retry-After, matching the readiness probe, so that no caller reads a record still being put in place.
 */
public class ReadinessGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final ProblemWriter problems;

    public ReadinessGate(ApplicationAvailability availability, ProblemWriter problems) {
        this.availability = availability;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            response.setHeader("Retry-After", "5");
            problems.write(request, response, ErrorCode.NOT_READY);
            return;
        }
        chain.doFilter(request, response);
    }
}
