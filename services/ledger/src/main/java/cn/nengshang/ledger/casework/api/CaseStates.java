package cn.nengshang.ledger.casework.api;

import cn.nengshang.policy.casework.Decision;


/**
 * Which step a case is at after one of its events: one table for the case file and for its read model. An
 * upheld objection voids the decision: the case goes back to the committee (DOMAIN §7).
 */
public final class CaseStates {

    private CaseStates() {
    }

    public static CaseState after(CaseState current, CaseEvent event) {
        if (event instanceof CaseOpened) return CaseState.OPENED;
        if (event instanceof CaseCarriedOver e) return e.state();
        if (event instanceof CaseProposed) return CaseState.PROPOSED;
        if (event instanceof QualificationReviewed e) {
            return switch (e.outcome()) {
                case CONFIRMED -> CaseState.QUALIFIED;
                case RETURNED -> CaseState.OPENED;
                case DISMISSED -> CaseState.CLOSED_NO_CHANGE;
            };
        }
        if (event instanceof CaseAssessed) return CaseState.ASSESSED;
        if (event instanceof CommitteeDecided e) {
            return e.outcome() == Decision.NO_CHANGE ? CaseState.CLOSED_NO_CHANGE : CaseState.DECIDED;
        }
        if (event instanceof NoticeStarted) return CaseState.NOTICED;
        if (event instanceof NoticeClosed) return CaseState.NOTICE_CLOSED;
        if (event instanceof ObjectionAnswered e && e.upheld()) return CaseState.ASSESSED;
        if (event instanceof CaseWithdrawn) return CaseState.WITHDRAWN;
        if (event instanceof CaseApproved e) return e.approved() ? CaseState.APPROVED : CaseState.REJECTED;
        if (event instanceof AgreementSigned) return CaseState.EFFECTIVE;
        if (event instanceof CaseConcluded e) return closedBy(e.outcome());
        return current;
    }

    /**
     * The step a conclusion leaves the case at. Each step that concludes a case is there already; a case
     * concluded by the previous version, whose steps were kept elsewhere, is closed by its conclusion alone.
     */
    private static CaseState closedBy(CaseOutcome outcome) {
        return switch (outcome) {
            case NO_CHANGE -> CaseState.CLOSED_NO_CHANGE;
            case REJECTED -> CaseState.REJECTED;
            case WITHDRAWN -> CaseState.WITHDRAWN;
            case DOWNGRADED, RESTORED, POST_ADJUSTED, DISMISSED -> CaseState.EFFECTIVE;
        };
    }
}
