package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.TermId;

/** An event of one term of a person's record: a report, a register entry, a verdict. */
public interface TermEvent extends PersonEvent {

    TermId termId();
}
