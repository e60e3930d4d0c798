package cn.nengshang.ledger.staff.api;

import cn.nengshang.policy.Text;

/** An event of a person's record; its summary is what their history shows. */
public interface StaffEvent {

    StaffId staffId();

    Text summary();
}
