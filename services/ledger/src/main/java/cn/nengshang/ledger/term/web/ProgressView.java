package cn.nengshang.ledger.term.web;

import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.Status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A term's progress as the API answers it, in the reader's language: the findings rendered by the bundles. */
record ProgressView(String termId, LocalDate asOf, int termMonth, String policyId, List<TaskView> tasks) {

    record TaskView(String task, String name, BigDecimal target, BigDecimal expected, BigDecimal actual, Status status,
                    String explanation) {
    }

    static ProgressView of(String termId, Progress progress, ExplanationText explanations, Locale locale) {
        return new ProgressView(termId, progress.asOf(), progress.termMonth(), progress.policyId(),
                progress.tasks().stream()
                        .map(t -> new TaskView(t.task(), t.name().in(locale), t.target(), t.expected(), t.actual(),
                                t.status(), explanations.render(t.explanation(), locale)))
                        .toList());
    }
}
