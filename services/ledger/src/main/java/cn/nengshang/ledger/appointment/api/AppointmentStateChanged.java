package cn.nengshang.ledger.appointment.api;

import cn.nengshang.ledger.kernel.AppointmentMoved;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** The person's appointment moved to another state, and why. */
@Revision("1")
public record AppointmentStateChanged(StaffId staffId, AppointmentState from, AppointmentState to, String reason)
        implements AppointmentMoved {

    @Override
    public String movedTo() {
        return to.name();
    }

    @Override
    public Text summary() {
        return new Text("聘任状态：%s → %s（%s）".formatted(from, to, reason),
                "appointment state %s → %s (%s)".formatted(from, to, reason));
    }
}
