package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.PersonEvent;

/** An event of a case file; it is also part of the person's history. */
public interface CaseEvent extends PersonEvent {

    CaseId caseId();
}
