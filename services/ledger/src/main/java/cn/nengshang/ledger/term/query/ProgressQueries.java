package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.staff.query.StaffRow;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.progress.TermFacts;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyBook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Set;

/** A term's progress on a day, from the reports recorded by the end of that day, by the policy's evaluator. */
@Service
public class ProgressQueries {

    private final ReportVersionRepository reports;
    private final PolicyBook policies;
    private final ProgressEvaluator evaluator;

    ProgressQueries(ReportVersionRepository reports, PolicyBook policies, ProgressEvaluator evaluator) {
        this.reports = reports;
        this.policies = policies;
        this.evaluator = evaluator;
    }

    @Transactional(readOnly = true)
    public Progress progress(TermRow term, StaffRow person, LocalDate asOf) {
        Policy policy = policies.find(term.policyId())
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, term.policyId()));
        TermFacts facts = new TermFacts(term.startMonth(), term.months(), person.rank(), person.family(),
                person.surgical(), RecordedReports.asOf(reports.history(term.termId()), BusinessTime.endOf(asOf)),
                Set.of());
        return evaluator.evaluate(policy, facts, asOf);
    }
}
