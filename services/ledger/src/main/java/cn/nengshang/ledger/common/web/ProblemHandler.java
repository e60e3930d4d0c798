package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.List;

/** Turns every failure into problem+json with a stable code; unexpected ones are logged, never shown. */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemWriter writer;

    public ProblemHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @ExceptionHandler(LedgerException.class)
    ResponseEntity<ProblemDetail> refused(LedgerException e, HttpServletRequest request) {
        return respond(request, e.code(), e.args(), e.problems());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownStaff(HttpServletRequest request) {
        return respond(request, ErrorCode.STAFF_NOT_FOUND, List.of(), List.of());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrent(HttpServletRequest request) {
        return respond(request, ErrorCode.CONCURRENT_MODIFICATION, List.of(), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return refused(JsonBodies.invalid(e.getCause()), request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMediaTypeNotSupportedException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception e, HttpServletRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName() : "Content-Type";
        return respond(request, ErrorCode.VALIDATION_FAILED, List.of(), List.of(FieldProblem.of(name, "INVALID")));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noSuchPath(HttpServletRequest request) {
        return respond(request, ErrorCode.NOT_FOUND, List.of(), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> wrongMethod(HttpServletRequest request) {
        return respond(request, ErrorCode.METHOD_NOT_ALLOWED, List.of(), List.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof LedgerException refusal) {
            return refused(refusal, request);
        }
        log.error("request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return respond(request, ErrorCode.INTERNAL_ERROR, List.of(), List.of());
    }

    private ResponseEntity<ProblemDetail> respond(HttpServletRequest request, ErrorCode code, List<Object> args,
                                                  List<FieldProblem> fields) {
        return ResponseEntity.status(code.status())
                .contentType(ProblemWriter.PROBLEM_JSON)
                .body(writer.problem(request, code, args, fields));
    }
}
