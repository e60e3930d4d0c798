package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.ProjectKind;
import cn.nengshang.policy.facts.ProjectRole;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A research or CME project the person hosts or joins was recorded (B5). */
@Revision("1")
public record ProjectRecorded(StaffId staffId, TermId termId, String projectId, ProjectKind kind, Level level,
                              ProjectRole role, String title, LocalDate date) implements TermEvent {

    @Override
    public Text summary() {
        return new Text("登记项目：%s（%s，%s，%s）".formatted(title, kind, level, role),
                "project recorded: %s (%s, %s, %s)".formatted(title, kind, level, role));
    }
}
