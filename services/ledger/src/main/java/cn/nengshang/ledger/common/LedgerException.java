package cn.nengshang.ledger.common;

import java.util.List;

/** A refusal with a stable code: the request is turned down and nothing is written. */
public class LedgerException extends RuntimeException {

    private final ErrorCode code;
    private final transient List<Object> args;
    private final transient List<FieldProblem> problems;

    public LedgerException(ErrorCode code, Object... args) {
        this(code, List.of(), args);
    }

    public LedgerException(ErrorCode code, List<FieldProblem> problems, Object... args) {
        super(code.name(), null, false, false);
        this.code = code;
        this.args = List.of(args);
        this.problems = List.copyOf(problems);
    }

    /** Throws VALIDATION_FAILED when any problem was found. */
    public static void failIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, problems);
        }
    }

    /** The code with its arguments and field problems, for logs; clients get the worded problem document. */
    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(code.name());
        if (!args.isEmpty()) text.append(' ').append(args);
        problems.forEach(p -> text.append("; ").append(p.field()).append(": ").append(p.reason()).append(' ')
                .append(p.args()));
        return text.toString();
    }

    public ErrorCode code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
