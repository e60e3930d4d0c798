package cn.nengshang.ledger.casework.query;

import cn.nengshang.ledger.casework.api.CaseEvent;
import cn.nengshang.ledger.casework.api.CaseStarted;
import cn.nengshang.ledger.casework.api.CaseStates;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.GroundAdded;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ObjectionAnswered;
import cn.nengshang.ledger.casework.api.ObjectionRaised;
import cn.nengshang.ledger.common.Actor;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Keeps each case file: its state after every step, the steps with actor and time, grounds and objections. */
@Component
@ProcessingGroup("cases")
class CaseProjection {

    private final CaseRepository cases;

    CaseProjection(CaseRepository cases) {
        this.cases = cases;
    }

    @EventHandler
    void on(CaseEvent event, @Timestamp Instant at, @MetaDataValue(Actor.SUB) String actor) {
        CaseRow row = event instanceof CaseStarted started
                ? cases.save(new CaseRow(started.caseId(), started.staffId().value(), started.kind(),
                started.institutionId(), started.departmentId(), at))
                : cases.findById(event.caseId()).orElseThrow();
        if (event instanceof CaseStarted started) {
            row.ground(new CaseRow.GroundEntry(started.ground().name(), at, started.source()));
        } else if (event instanceof GroundAdded added) {
            row.ground(new CaseRow.GroundEntry(added.ground().name(), at, added.source()));
        } else if (event instanceof CommitteeDecided decided) {
            row.decided(decided.postGrade());
        } else if (event instanceof NoticeStarted notice) {
            row.notice(notice.startsOn(), notice.endsOn());
        } else if (event instanceof ObjectionRaised raised) {
            row.objection(new CaseRow.Objection(raised.objectionId(), raised.text(), raised.raisedBy(), at, null, null));
        } else if (event instanceof ObjectionAnswered answered) {
            row.answered(answered.objectionId(), answered.answer(), answered.upheld());
        }
        row.moveTo(CaseStates.after(row.state(), event), new CaseRow.Step(event.getClass().getSimpleName(),
                actor == null ? "system" : actor, at, event.summary().zh(), event.summary().en()));
    }

    @ResetHandler
    void reset() {
        cases.deleteAllInBatch();
    }
}
