package cn.nengshang.ledger.assessment.api;

import cn.nengshang.policy.facts.Incident;

import java.time.Instant;
import java.util.List;

/**
 * The incidents recorded against anyone of a department (Q1 counts the department's, DOMAIN §4): the facts of
 * other people's records that a term's judgements take in, the same for progress, verdicts, rectification and
 * the term's end.
 */
public interface DepartmentIncidents {

    /** Every incident recorded against the department's people before a moment. */
    List<Incident> of(String institutionId, String departmentId, Instant before);
}
