package cn.nengshang.ledger.casework.api;

/** The steps of the procedure (DOMAIN §7). */
public enum CaseState {
    OPENED,
    PROPOSED,
    QUALIFIED,
    ASSESSED,
    DECIDED,
    NOTICED,
    NOTICE_CLOSED,
    APPROVED,
    REJECTED,
    EFFECTIVE,
    WITHDRAWN,
    CLOSED_NO_CHANGE;

    public boolean closed() {
        return this == REJECTED || this == EFFECTIVE || this == WITHDRAWN || this == CLOSED_NO_CHANGE;
    }
}
