package cn.nengshang.ledger.staff.query;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** The people on record, from the staff list: found, listed within a scope, read only by whom the role table lets. */
@Component
class StaffDirectory implements PeopleDirectory {

    private final StaffRepository staff;

    StaffDirectory(StaffRepository staff) {
        this.staff = staff;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonOnRecord> find(StaffId staffId) {
        return staff.findById(staffId.value()).map(StaffRow::onRecord);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonOnRecord> within(ReadScope scope) {
        return staff.search(scope.institution(), scope.department(), null, scope.ownOnly(),
                Pageable.unpaged(Sort.by("staffId"))).stream().map(StaffRow::onRecord).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PersonOnRecord readable(StaffId staffId, Actor actor) {
        PersonOnRecord person = find(staffId).orElseThrow(() -> new LedgerException(ErrorCode.STAFF_NOT_FOUND));
        if (!ReadScope.of(actor).admits(person.staffId(), person.institutionId(), person.departmentId())) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        return person;
    }
}
