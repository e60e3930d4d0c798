package cn.nengshang.ledger.term.web;

import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.term.query.TermRepository;
import cn.nengshang.ledger.term.query.TermRow;
import org.springframework.stereotype.Component;

/** Finds a term for a reader: 404 when the term or its person is unknown, 403 outside the reader's scope. */
@Component
class TermAccess {

    private final PeopleDirectory staff;
    private final TermRepository terms;

    TermAccess(PeopleDirectory staff, TermRepository terms) {
        this.staff = staff;
        this.terms = terms;
    }

    record Readable(TermRow term, PersonOnRecord person) {
    }

    Readable readable(TermId termId, Actor actor) {
        PersonOnRecord person;
        try {
            person = staff.readable(termId.staffId(), actor);
        } catch (LedgerException e) {
            throw e.code() == ErrorCode.STAFF_NOT_FOUND ? new LedgerException(ErrorCode.TERM_NOT_FOUND) : e;
        }
        TermRow term = terms.findById(termId.toString())
                .orElseThrow(() -> new LedgerException(ErrorCode.TERM_NOT_FOUND));
        return new Readable(term, person);
    }
}
