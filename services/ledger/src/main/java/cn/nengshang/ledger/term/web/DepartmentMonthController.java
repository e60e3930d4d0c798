package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.web.ProblemWriter;
import cn.nengshang.ledger.term.intake.MonthIntake;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A department's month in one request: {@code {"reports": [{termId, …the report's fields, correctionReason?}]}}.
 * Every good row is submitted exactly as its {@code PUT} would be; a refused row writes nothing and is answered
 * with the code, title and field errors its {@code PUT} would have had.
 */
@RestController
class DepartmentMonthController {

    private static final String REPORTS = "reports";

    private final MonthIntake intake;
    private final ProblemWriter problems;

    DepartmentMonthController(MonthIntake intake, ProblemWriter problems) {
        this.intake = intake;
        this.problems = problems;
    }

    record RefusedRow(int row, String termId, String staffId, String code, String title, String detail,
                      Object errors) {
    }

    record MonthAnswer(int rows, int created, int unchanged, int corrected, List<RefusedRow> refused) {
    }

    @PostMapping(path = "/api/v1/departments/{departmentId}/monthly-reports/{month}",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    MonthAnswer submit(@PathVariable String departmentId, @PathVariable String month, @RequestBody ObjectNode body,
                       Actor actor, HttpServletRequest request) {
        intake.mayBeSubmittedBy(departmentId, actor);
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!REPORTS.equals(name)) {
                throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of(name, "UNKNOWN_FIELD")));
            }
        }
        JsonNode reports = body.path(REPORTS);
        if (!reports.isArray()) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of(REPORTS,
                    reports.isMissingNode() ? "REQUIRED" : "INVALID")));
        }
        List<JsonNode> rows = new ArrayList<>();
        reports.forEach(rows::add);
        MonthIntake.Result result = intake.submit(departmentId, TermController.month(month), rows, actor);
        return new MonthAnswer(result.rows(), result.created(), result.unchanged(), result.corrected(),
                result.refused().stream().map(r -> refused(r, request)).toList());
    }

    private RefusedRow refused(MonthIntake.Refused row, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(request, row.code(), row.args(), row.errors());
        Map<String, Object> properties = problem.getProperties();
        return new RefusedRow(row.row(), row.termId(), row.staffId(), row.code().name(), problem.getTitle(),
                problem.getDetail(), properties == null ? List.of() : properties.getOrDefault("errors", List.of()));
    }
}
