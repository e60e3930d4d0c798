package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.PersonEvent;
import cn.nengshang.ledger.kernel.TermId;

/**
 * A fact about one term of a person's record: its start and end, its months, what was recorded in it, its
 * rectification periods.
 */
public interface OfTerm extends PersonEvent {

    TermId termId();
}
