package cn.nengshang.ledger.term.intake;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.Operation;
import cn.nengshang.ledger.common.Subject;
import cn.nengshang.ledger.common.web.JsonBodies;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.organisation.DepartmentDirectory;
import cn.nengshang.ledger.term.api.ReportReceipt;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A department's month, many reports at a time: every row is submitted exactly as {@code PUT
 * /terms/{termId}/monthly-reports/{month}} would submit it — the same command, checks and idempotence — and a
 * refused row writes nothing and says why. The read models are waited for once, after the last row.
 */
@Service
public class MonthIntake {

    public static final String TERM_ID = "termId";

    private final Commands commands;
    private final JsonBodies bodies;
    private final PeopleDirectory people;
    private final DepartmentDirectory departments;
    /** The most rows one request may carry: a department's seniors, many times over. */
    private final int maxRows;

    MonthIntake(Commands commands, JsonBodies bodies, PeopleDirectory people, DepartmentDirectory departments,
                @Value("${nengshang.intake.max-rows:2000}") int maxRows) {
        this.maxRows = maxRows;
        this.commands = commands;
        this.bodies = bodies;
        this.people = people;
        this.departments = departments;
    }

    /** The most rows a department's month may have in one request. */
    public int maxRows() {
        return maxRows;
    }

    /** A row refused, with the code and field problems a single submission would have answered. */
    public record Refused(int row, String termId, String staffId, ErrorCode code, List<Object> args,
                          List<FieldProblem> errors) {
    }

    /** What the month's rows did. */
    public record Result(int rows, int created, int unchanged, int corrected, List<Refused> refused) {
    }

    /**
     * Submits the department's month. The department must exist and be one the actor may submit for; each row is a
     * JSON object with {@code termId} and the report's fields (and {@code correctionReason} for a correction).
     */
    public Result submit(String departmentId, YearMonth month, List<JsonNode> rows, Actor actor) {
        Result result = submitWithoutWaiting(departmentId, month, rows, actor);
        commands.awaitEffects();
        return result;
    }

    /**
     * The department's institution, once the department is found and the actor is one who may submit for it
     * (404 and 403 otherwise): asked before the request's body is read, so that a caller without the right is
     * told so whatever it sent.
     */
    public String mayBeSubmittedBy(String departmentId, Actor actor) {
        String institutionId = departments.institutionOf(departmentId)
                .orElseThrow(() -> new LedgerException(ErrorCode.NOT_FOUND));
        Operation.SUBMIT_MONTHLY_REPORT.check(actor, Subject.person(null, institutionId, departmentId));
        return institutionId;
    }

    /**
     * Submits the department's month without waiting for the read models: the caller waits once for many months
     * ({@link Commands#awaitEffects()}, on the same thread), as the Kafka intake does once per poll.
     */
    public Result submitWithoutWaiting(String departmentId, YearMonth month, List<JsonNode> rows, Actor actor) {
        String institutionId = mayBeSubmittedBy(departmentId, actor);
        if (rows.size() > maxRows) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED,
                    List.of(FieldProblem.of("reports", "TOO_MANY", maxRows)));
        }
        int created = 0;
        int unchanged = 0;
        int corrected = 0;
        List<Refused> refused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            int number = i + 1;
            JsonNode row = rows.get(i);
            String given = row.path(TERM_ID).isTextual() ? row.path(TERM_ID).asText() : null;
            try {
                ReportReceipt receipt = submit(row, given, institutionId, departmentId, month, seen, actor);
                switch (receipt.outcome()) {
                    case CREATED -> created++;
                    case UNCHANGED -> unchanged++;
                    case CORRECTED -> corrected++;
                }
            } catch (LedgerException e) {
                refused.add(new Refused(number, given, staffOf(given), e.code(), e.args(), e.problems()));
            }
        }
        return new Result(rows.size(), created, unchanged, corrected, refused);
    }

    private ReportReceipt submit(JsonNode row, String given, String institutionId, String departmentId,
                                 YearMonth month, Set<String> seen, Actor actor) {
        if (!(row instanceof ObjectNode body)) throw new LedgerException(ErrorCode.MALFORMED_REQUEST);
        if (given == null) {
            throw new LedgerException(ErrorCode.VALIDATION_FAILED, List.of(FieldProblem.of(TERM_ID, "REQUIRED")));
        }
        TermId termId = TermId.of(given);
        PersonOnRecord person = people.find(termId.staffId())
                .orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
        if (!institutionId.equals(person.institutionId()) || !departmentId.equals(person.departmentId())) {
            throw new LedgerException(ErrorCode.TERM_OUTSIDE_DEPARTMENT, departmentId);
        }
        if (!seen.add(termId.toString())) {
            throw new LedgerException(ErrorCode.DUPLICATE_ROW, termId.toString());
        }
        ReportRequest request = ReportRequest.read(bodies, body.without(TERM_ID));
        try {
            return commands.sendUnseen(new SubmitMonthlyReport(termId, month, request.report(),
                    request.correctionReason(), null), actor);
        } catch (AggregateNotFoundException | AggregateEntityNotFoundException e) {
            throw new LedgerException(ErrorCode.TERM_NOT_FOUND);
        }
    }

    private static String staffOf(String termId) {
        try {
            return termId == null ? null : TermId.of(termId).staffId().value();
        } catch (LedgerException e) {
            return null;
        }
    }
}
