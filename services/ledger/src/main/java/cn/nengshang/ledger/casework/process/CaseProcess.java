package cn.nengshang.ledger.casework.process;

import cn.nengshang.ledger.casework.api.AddGround;
import cn.nengshang.ledger.casework.api.CaseConcluded;
import cn.nengshang.ledger.casework.api.StartCase;
import cn.nengshang.ledger.staff.api.CaseOpened;
import cn.nengshang.ledger.staff.api.ConcludeCase;
import cn.nengshang.ledger.staff.api.GroundFound;
import cn.nengshang.ledger.staff.api.StaffId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;

/**
 * Carries a case between the person's record and the case file: the record opens a case and finds further
 * grounds; the file runs the procedure; its conclusion goes back into the record.
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CaseProcess {

    static final String CASE = "caseId";

    private String caseId;
    private StaffId staffId;

    @StartSaga
    @SagaEventHandler(associationProperty = CASE)
    void on(CaseOpened event, CommandGateway commands) {
        caseId = event.caseId();
        staffId = event.staffId();
        commands.sendAndWait(new StartCase(event.caseId(), event.staffId(), event.kind(), event.ground(),
                event.source(), event.institutionId(), event.departmentId(), event.rank(), event.postGrade()));
    }

    @SagaEventHandler(associationProperty = CASE)
    void on(GroundFound event, CommandGateway commands) {
        commands.sendAndWait(new AddGround(caseId, event.ground(), event.source()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = CASE)
    void on(CaseConcluded event, CommandGateway commands) {
        commands.sendAndWait(new ConcludeCase(staffId, caseId, event.kind(), event.outcome(), event.postGrade(),
                event.effectiveOn()));
    }
}
