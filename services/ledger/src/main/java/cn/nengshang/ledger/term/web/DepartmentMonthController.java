package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.web.ProblemWriter;
import cn.nengshang.ledger.common.web.Spreadsheets;
import cn.nengshang.ledger.term.intake.MonthIntake;
import cn.nengshang.ledger.term.intake.MonthWorkbook;
import cn.nengshang.ledger.term.query.DepartmentSeniors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
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
    private final MonthWorkbook workbook;
    private final DepartmentSeniors seniors;

    DepartmentMonthController(MonthIntake intake, ProblemWriter problems, MonthWorkbook workbook,
                              DepartmentSeniors seniors) {
        this.intake = intake;
        this.problems = problems;
        this.workbook = workbook;
        this.seniors = seniors;
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
        return answer(intake.submit(departmentId, TermController.month(month), rows, actor), request);
    }

    record SeniorStatus(String termId, String staffId, String name, DepartmentSeniors.Status status, int versions,
                        Instant recordedAt, String recordedBy, LocalDate overdueOn) {
    }

    record DepartmentMonth(String departmentId, String month, List<SeniorStatus> seniors) {
    }

    /** The month's seniors with where each one's report stands: MISSING, SUBMITTED, LATE or CORRECTED. */
    @GetMapping(path = "/api/v1/departments/{departmentId}/monthly-reports/{month}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    DepartmentMonth month(@PathVariable String departmentId, @PathVariable String month, Actor actor) {
        String institutionId = intake.mayBeSubmittedBy(departmentId, actor);
        YearMonth asked = TermController.month(month);
        return new DepartmentMonth(departmentId, asked.toString(), seniors.of(institutionId, departmentId, asked).stream()
                .map(s -> new SeniorStatus(s.termId(), s.staffId(), s.name(), s.status(), s.versions(), s.recordedAt(),
                        s.recordedBy(), s.overdueOn())).toList());
    }

    /**
     * The month as a workbook to fill in: a row per senior of the department whose term covers the month, with what
     * was already submitted; the headers in the caller's language (Chinese unless English is asked for).
     */
    @GetMapping(path = "/api/v1/departments/{departmentId}/monthly-reports/{month}/template.xlsx",
            produces = Spreadsheets.XLSX)
    ResponseEntity<byte[]> template(@PathVariable String departmentId, @PathVariable String month, Actor actor) {
        String institutionId = intake.mayBeSubmittedBy(departmentId, actor);
        YearMonth asked = TermController.month(month);
        List<DepartmentSeniors.SeniorMonth> rows = seniors.of(institutionId, departmentId, asked);
        return Spreadsheets.download(departmentId + "-" + asked + ".xlsx", "month",
                workbook.headers(LocaleContextHolder.getLocale()), workbook.rows(rows));
    }

    /**
     * The month uploaded as that workbook (part {@code file}): every filled-in row submitted as its {@code PUT} would
     * be, exactly as the JSON form of this request; uploading the same file again writes nothing.
     */
    @PostMapping(path = "/api/v1/departments/{departmentId}/monthly-reports/{month}",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    MonthAnswer upload(@PathVariable String departmentId, @PathVariable String month,
                       @RequestPart("file") MultipartFile file, Actor actor, HttpServletRequest request)
            throws IOException {
        intake.mayBeSubmittedBy(departmentId, actor);
        YearMonth asked = TermController.month(month);
        List<JsonNode> rows;
        try (InputStream in = file.getInputStream()) {
            rows = workbook.read(in, intake.maxRows());
        }
        return answer(intake.submit(departmentId, asked, rows, actor), request);
    }

    private MonthAnswer answer(MonthIntake.Result result, HttpServletRequest request) {
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
