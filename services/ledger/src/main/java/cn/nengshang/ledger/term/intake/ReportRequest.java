package cn.nengshang.ledger.term.intake;

import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.web.JsonBodies;
import cn.nengshang.ledger.term.api.MonthlyReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** A report as a request gives it: the report's fields, and {@code correctionReason} for a correction. */
public record ReportRequest(MonthlyReport report, String correctionReason) {

    public static final String CORRECTION_REASON = "correctionReason";

    /** Reads the body strictly, as every request: a field the report does not have is refused. */
    public static ReportRequest read(JsonBodies bodies, ObjectNode body) {
        JsonNode given = body.path(CORRECTION_REASON);
        if (!given.isMissingNode() && !given.isNull() && !given.isTextual()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED,
                    List.of(FieldProblem.of(CORRECTION_REASON, "INVALID")));
        }
        String reason = given.isTextual() ? given.asText() : null;
        return new ReportRequest(bodies.read(body.without(CORRECTION_REASON), MonthlyReport.class), reason);
    }
}
