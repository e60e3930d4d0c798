package cn.nengshang.ledger.kernel;

import cn.nengshang.policy.Text;

/** An event of a person's record; its summary is what their history shows. */
public interface PersonEvent {

    StaffId staffId();

    Text summary();
}
