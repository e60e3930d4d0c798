package cn.nengshang.ledger.kernel;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ReadScope;

import java.util.List;
import java.util.Optional;

/**
 * The people on record, for every feature that shows or checks something about a person: found by id, listed
 * within a reader's scope, and read only by those the role table lets read the person.
 */
public interface PeopleDirectory {

    Optional<PersonOnRecord> find(StaffId staffId);

    /** Everyone a scope admits, in id order. */
    List<PersonOnRecord> within(ReadScope scope);

    /** The person, for this reader: 404 STAFF_NOT_FOUND when unknown, 403 outside the reader's scope. */
    PersonOnRecord readable(StaffId staffId, Actor actor);
}
