package cn.nengshang.ledger.staff.query;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.staff.api.StaffId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds a person for a reader: 404 when unknown, 403 when outside the reader's scope. */
@Component
public class StaffAccess {

    private final StaffRepository staff;

    StaffAccess(StaffRepository staff) {
        this.staff = staff;
    }

    @Transactional(readOnly = true)
    public StaffRow readable(StaffId staffId, Actor actor) {
        StaffRow row = staff.findById(staffId.value())
                .orElseThrow(() -> new LedgerException(ErrorCode.STAFF_NOT_FOUND));
        if (!ReadScope.of(actor).admits(row.staffId(), row.institutionId(), row.departmentId())) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        return row;
    }
}
