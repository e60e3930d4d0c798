package cn.nengshang.ledger.staff.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a senior (高职称人员) with their title, profession and specialty. */
public record RegisterStaff(@TargetAggregateIdentifier StaffId staffId, String name, String institutionId,
                            String departmentId, Rank rank, String titleName, Profession profession,
                            String specialtyCode) {
}
