package cn.nengshang.ledger.staff.api;

/** Where a person's appointment stands (API: appointment.state). */
public enum AppointmentState {
    APPOINTED,
    IN_RECTIFICATION,
    UNDER_REVIEW,
    DOWNGRADED,
    DISMISSED
}
