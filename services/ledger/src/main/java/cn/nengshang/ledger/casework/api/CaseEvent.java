package cn.nengshang.ledger.casework.api;

import cn.nengshang.ledger.staff.api.StaffEvent;

/** An event of a case file; it is also part of the person's history. */
public interface CaseEvent extends StaffEvent {

    String caseId();
}
