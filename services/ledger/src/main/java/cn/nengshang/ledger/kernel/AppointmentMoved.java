package cn.nengshang.ledger.kernel;

/** A fact of a person's record that moved their appointment (聘任状态), read by features that show where it stands. */
public interface AppointmentMoved extends PersonEvent {

    /** The name of the appointment state it moved to. */
    String movedTo();
}
