package cn.nengshang.ledger.common.web;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;
import java.util.List;

/**
 * Turns every failure into problem+json with a stable code, written straight to the response so that no
 * {@code Accept} header can turn a refusal into a failure; unexpected failures are logged once, never shown.
 */
@RestControllerAdvice
public class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    private final ProblemWriter writer;

    public ProblemHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @ExceptionHandler(LedgerException.class)
    void refused(LedgerException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, e.code(), e.args(), e.problems());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    void unknownStaff(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.STAFF_NOT_FOUND);
    }

    @ExceptionHandler(ConcurrencyException.class)
    void concurrent(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.CONCURRENT_MODIFICATION);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (RequestLimits.exceeded(e)) {
            writer.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE, List.of(RequestLimits.describe(request)),
                    List.of());
        } else {
            refused(JsonBodies.invalid(e.getCause()), request, response);
        }
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            MissingRequestHeaderException.class, MissingServletRequestPartException.class})
    void badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName()
                : e instanceof MissingServletRequestParameterException m ? m.getParameterName()
                : e instanceof MissingServletRequestPartException m ? m.getRequestPartName()
                : ((MissingRequestHeaderException) e).getHeaderName();
        String reason = e instanceof MethodArgumentTypeMismatchException ? "INVALID" : "REQUIRED";
        writer.write(request, response, ErrorCode.VALIDATION_FAILED, List.of(), List.of(FieldProblem.of(name, reason)));
    }

    @ExceptionHandler({ServletRequestBindingException.class, MultipartException.class})
    void unbound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.MALFORMED_REQUEST);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    void unsupportedType(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    void notAcceptable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.NOT_ACCEPTABLE);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE, List.of(RequestLimits.describe(request)), List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    void noSuchPath(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.NOT_FOUND);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void wrongMethod(HttpServletRequest request, HttpServletResponse response) throws IOException {
        writer.write(request, response, ErrorCode.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof LedgerException refusal) {
                refused(refusal, request, response);
                return;
            }
        }
        log.error("request {} {} failed", request.getMethod(), request.getRequestURI(), e);
        writer.write(request, response, ErrorCode.INTERNAL_ERROR);
    }
}
