package cn.nengshang.ledger.casework.query;

import cn.nengshang.ledger.casework.api.CaseEvent;
import cn.nengshang.ledger.casework.api.CaseOpened;
import cn.nengshang.ledger.casework.api.CaseStates;
import cn.nengshang.ledger.casework.api.CommitteeDecided;
import cn.nengshang.ledger.casework.api.GroundFound;
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
        CaseRow row = event instanceof CaseOpened opened
                ? cases.save(new CaseRow(opened.caseId().toString(), opened.staffId().value(), opened.kind(),
                opened.institutionId(), opened.departmentId(), at))
                : cases.findById(event.caseId().toString()).orElseThrow();
        if (event instanceof CaseOpened opened) {
            row.ground(new CaseRow.GroundEntry(opened.ground().name(), at, opened.source()));
        } else if (event instanceof GroundFound found) {
            row.ground(new CaseRow.GroundEntry(found.ground().name(), at, found.source()));
        } else if (event instanceof CommitteeDecided decided) {
            row.decided(decided.postGrade());
        } else if (event instanceof NoticeStarted notice) {
            row.notice(notice.startsOn(), notice.endsOn());
        } else if (event instanceof ObjectionRaised raised) {
            row.objection(new CaseRow.Objection(raised.objectionId(), raised.text(), raised.raisedBy(), at, null, null));
        } else if (event instanceof ObjectionAnswered answered) {
            row.answered(answered.objectionId(), answered.answer(), answered.upheld());
            if (answered.upheld()) {
                row.decided(null);
                row.notice(null, null);
            }
        }
        row.moveTo(CaseStates.after(row.state(), event), new CaseRow.Step(event.getClass().getSimpleName(),
                actor == null ? "system" : actor, at, event.summary().zh(), event.summary().en()));
    }

    @ResetHandler
    void reset() {
        cases.deleteAllInBatch();
    }
}
