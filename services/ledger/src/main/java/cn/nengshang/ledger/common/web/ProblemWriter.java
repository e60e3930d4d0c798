package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Words a refusal as RFC 9457 problem+json in the request's language: title and detail from the message
 * catalogue, the stable {@code code}, and {@code errors} for bad fields. Never a stack trace or a class name.
 */
@Component
public class ProblemWriter {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    public ProblemWriter(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Request attributes: the code of the problem answered, and why (for the audit). */
    public static final String CODE = "nengshang.problem.code";
    public static final String REASON = "nengshang.problem.reason";

    public ProblemDetail problem(HttpServletRequest request, ErrorCode code, List<Object> args,
                                 List<FieldProblem> fields) {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(code.status()));
        problem.setType(URI.create("urn:nengshang:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("problem." + code.name(), null, code.name(), locale));
        problem.setDetail(messages.getMessage("problem." + code.name() + ".detail", args.toArray(), "", locale));
        instance(request).ifPresent(problem::setInstance);
        problem.setProperty("code", code.name());
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields.stream().map(f -> Map.of(
                    "field", f.field(),
                    "message", messages.getMessage("field." + f.reason(), f.args().toArray(), f.reason(), locale)))
                    .toList());
        }
        return problem;
    }

    /** The path the caller asked for, also when the answer comes from the error page: never {@code /error}. */
    private static java.util.Optional<URI> instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        try {
            return java.util.Optional.of(new URI(null, null, path, null));
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code) throws IOException {
        write(request, response, code, List.of(), List.of());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, List<Object> args,
                      List<FieldProblem> fields) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        request.setAttribute(CODE, code.name());
        if (request.getAttribute(REASON) == null) {
            String named = java.util.stream.Stream.concat(args.stream().map(String::valueOf),
                    fields.stream().map(FieldProblem::field)).collect(java.util.stream.Collectors.joining(", "));
            request.setAttribute(REASON, named.isEmpty() ? code.name() : code.name() + ": " + named);
        }
        ProblemDetail problem = problem(request, code, args, fields);
        response.resetBuffer();
        response.setStatus(code.status());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
