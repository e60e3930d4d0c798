package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.query.ProgressQueries;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** Quarterly assessment (季度考核): the suggested verdict, and the institution's verdict. */
@RestController
@RequestMapping("/api/v1/terms/{termId}/quarters/{quarter}")
class QuarterController {

    private final TermAccess access;
    private final TermCommands commands;
    private final ProgressQueries progress;
    private final ExplanationText explanations;

    QuarterController(TermAccess access, TermCommands commands, ProgressQueries progress,
                      ExplanationText explanations) {
        this.access = access;
        this.commands = commands;
        this.progress = progress;
        this.explanations = explanations;
    }

    record SuggestionView(String termId, String quarter, String policyId, int termMonth, Suggestion.Verdict verdict,
                          List<ProgressView.TaskView> tasks) {
    }

    @GetMapping("/suggestion")
    SuggestionView suggestion(@PathVariable TermId termId, @PathVariable String quarter, Actor actor) {
        PersonOnRecord person = access.readable(termId, actor).person();
        Quarter period = quarter(quarter);
        Suggestion suggestion = progress.suggestion(termId, person, period);
        ProgressView view = ProgressView.of(termId.toString(), new Progress(suggestion.policyId(),
                LocalDate.MIN, suggestion.termMonth(), suggestion.tasks()), explanations, LocaleContextHolder.getLocale());
        return new SuggestionView(termId.toString(), period.toString(), suggestion.policyId(), suggestion.termMonth(),
                suggestion.verdict(), view.tasks());
    }

    record VerdictRequest(Suggestion.Verdict verdict, String reason) {
    }

    record VerdictAnswer(String termId, String quarter, Suggestion.Verdict verdict) {
    }

    /** INSTITUTION (own staff), once the quarter has ended; a verdict unlike the suggestion needs a reason. */
    @PutMapping
    VerdictAnswer record(@PathVariable TermId termId, @PathVariable String quarter,
                         @RequestBody VerdictRequest request, Actor actor) {
        Quarter period = quarter(quarter);
        commands.send(new RecordQuarterlyVerdict(termId, period, request.verdict(), request.reason()), actor);
        return new VerdictAnswer(termId.toString(), period.toString(), request.verdict());
    }

    private static Quarter quarter(String text) {
        return Quarter.parse(text).orElseThrow(() -> new LedgerException(ErrorCode.VALIDATION_FAILED,
                List.of(FieldProblem.of("quarter", "QUARTER_FORMAT"))));
    }
}
