package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.staff.api.CaseOutcome;

/** Which step a case is at after one of its events: one table for the case file and for its read model. */
public final class CaseStates {

    private CaseStates() {
    }

    public static CaseState after(CaseState current, CaseEvent event) {
        if (event instanceof CaseStarted) return CaseState.OPENED;
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
        if (event instanceof CaseApproved e) return e.approved() ? CaseState.APPROVED : CaseState.REJECTED;
        if (event instanceof AgreementSigned) return CaseState.EFFECTIVE;
        if (event instanceof CaseConcluded e && e.outcome() == CaseOutcome.DISMISSED) return CaseState.EFFECTIVE;
        return current;
    }
}
