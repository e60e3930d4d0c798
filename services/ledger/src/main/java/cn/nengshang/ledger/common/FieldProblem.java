package cn.nengshang.ledger.common;

import java.util.List;

/** One bad field of a request: its path and a stable reason, worded by the message catalogue. */
public record FieldProblem(String field, String reason, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String reason, Object... args) {
        return new FieldProblem(field, reason, List.of(args));
    }
}
