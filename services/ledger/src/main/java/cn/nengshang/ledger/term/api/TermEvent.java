package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.staff.api.StaffEvent;
import cn.nengshang.ledger.staff.api.TermId;

/** An event of one term of a person's record: a report, a register entry, a verdict. */
public interface TermEvent extends StaffEvent {

    TermId termId();
}
