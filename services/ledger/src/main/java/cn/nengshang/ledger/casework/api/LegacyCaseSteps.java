package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;

import java.util.List;

/** The steps a case took under the version before one record per fact, from the stream it kept of its own. */
public interface LegacyCaseSteps {

    /** Its steps in order; none for a case opened since. */
    List<CaseEvent> of(CaseId caseId);
}
