package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.assessment.api.DepartmentIncidents;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.term.record.TermRecord;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.ProgressEvaluator;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion;
import cn.nengshang.policy.progress.TermFacts;
import cn.nengshang.policy.rules.Policy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A term's progress and quarterly suggestion, from the record as it stood (the same fold the aggregate
 * keeps) and the department's incidents, judged by the policy version the term is bound to.
 */
@Service
public class ProgressQueries {

    private final RecordReader records;
    private final DepartmentIncidents incidents;
    private final PublishedPolicies policies;
    private final ProgressEvaluator evaluator;
    private final Clock clock;

    ProgressQueries(RecordReader records, DepartmentIncidents incidents, PublishedPolicies policies,
                    ProgressEvaluator evaluator, Clock clock) {
        this.records = records;
        this.incidents = incidents;
        this.policies = policies;
        this.evaluator = evaluator;
        this.clock = clock;
    }

    /** As the record showed at the end of {@code asOf}: what was recorded later is not counted. */
    @Transactional(readOnly = true)
    public Progress progress(TermId termId, PersonOnRecord person, LocalDate asOf) {
        Instant before = BusinessTime.endOf(asOf);
        TermRecord record = record(termId, before);
        return evaluator.evaluate(policy(record), facts(record, person, before), asOf);
    }

    /** A term's progress as of a day with where its person stood then: what its projected row shows. */
    public record Projected(Progress progress, TermStanding standing) {
    }

    /** As {@link #progress}, with where the term's person stood at the end of {@code asOf}, from the same read. */
    @Transactional(readOnly = true)
    public Projected projected(TermId termId, PersonOnRecord person, LocalDate asOf) {
        Instant before = BusinessTime.endOf(asOf);
        RecordReader.Read read = records.read(termId, before)
                .orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
        return new Projected(evaluator.evaluate(policy(read.record()), facts(read.record(), person, before), asOf),
                read.standing());
    }

    /** The suggestion for a quarter, from every fact recorded so far (DOMAIN §4). */
    @Transactional(readOnly = true)
    public Suggestion suggestion(TermId termId, PersonOnRecord person, Quarter quarter) {
        Instant now = clock.instant().plusMillis(1);
        TermRecord record = record(termId, now);
        if (!record.calendar().overlaps(quarter)) {
            throw new LedgerException(ErrorCode.QUARTER_OUTSIDE_TERM, quarter.toString());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate judged = quarter.lastDay().isBefore(today) ? quarter.lastDay() : today;
        return evaluator.suggest(policy(record), facts(record, person, now), judged);
    }

    private TermRecord record(TermId termId, Instant before) {
        return records.term(termId, before).orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
    }

    private Policy policy(TermRecord record) {
        return policies.book().find(record.policyId())
                .orElseThrow(() -> new LedgerException(ErrorCode.NO_POLICY_IN_FORCE, record.policyId()));
    }

    private TermFacts facts(TermRecord record, PersonOnRecord person, Instant before) {
        return record.facts(incidents.of(person.institutionId(), person.departmentId(), before));
    }
}
