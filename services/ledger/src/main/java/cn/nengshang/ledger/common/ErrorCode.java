package cn.nengshang.ledger.common;

/** Stable error codes of the API, each with its HTTP status; messages are in messages*.properties. */
public enum ErrorCode {
    VALIDATION_FAILED(400),
    MALFORMED_REQUEST(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    STAFF_NOT_FOUND(404),
    TERM_NOT_FOUND(404),
    REPORT_NOT_FOUND(404),
    MENTEE_NOT_FOUND(404),
    POLICY_NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    STAFF_ALREADY_REGISTERED(409),
    TERM_OVERLAPS(409),
    CONCURRENT_MODIFICATION(409),
    REPORT_LOCKED(409),
    MENTEE_EXISTS(409),
    MENTEE_REPLACED(409),
    WEEK_ALREADY_EXEMPT(409),
    VERDICT_EXISTS(409),
    RATING_EXISTS(409),
    POLICY_EXISTS(409),
    PRECONDITION_FAILED(412),
    MONTH_NOT_ENDED(422),
    MONTH_OUTSIDE_TERM(422),
    CORRECTION_REASON_REQUIRED(422),
    NO_POLICY_IN_FORCE(422),
    POLICY_INVALID(422),
    QUARTER_OUTSIDE_TERM(422),
    QUARTER_NOT_ENDED(422),
    VERDICT_REASON_REQUIRED(422),
    IDEMPOTENCY_KEY_REUSED(422),
    INTERNAL_ERROR(500);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
