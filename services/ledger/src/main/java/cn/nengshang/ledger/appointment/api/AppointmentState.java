package cn.nengshang.ledger.appointment.api;

/** Where a person's appointment stands (API: appointment.state). */
public enum AppointmentState {
    APPOINTED,
    IN_RECTIFICATION,
    UNDER_REVIEW,
    DOWNGRADED,
    DISMISSED
}
