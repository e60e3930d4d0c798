package cn.nengshang.ledger.appointment.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Text;
import org.axonframework.serialization.Revision;

/** The person's appointment moved to another state, and why. */
@Revision("1")
public record AppointmentStateChanged(StaffId staffId, AppointmentState from, AppointmentState to, String reason)
        implements PersonEvent {

    @Override
    public Text summary() {
        return new Text("聘任状态：%s → %s（%s）".formatted(from, to, reason),
                "appointment state %s → %s (%s)".formatted(from, to, reason));
    }
}
