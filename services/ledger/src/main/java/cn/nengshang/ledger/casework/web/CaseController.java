package cn.nengshang.ledger.casework.web;

import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.casework.api.WithdrawCase;
import cn.nengshang.ledger.casework.api.AnswerObjection;
import cn.nengshang.ledger.casework.api.ApproveCase;
import cn.nengshang.ledger.casework.api.AssessCase;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.DecideCase;
import cn.nengshang.policy.casework.Decision;
import cn.nengshang.ledger.casework.api.NoticeStarted;
import cn.nengshang.ledger.casework.api.ProposeCase;
import cn.nengshang.ledger.casework.api.Qualification;
import cn.nengshang.ledger.casework.api.RaiseObjection;
import cn.nengshang.ledger.casework.api.ReviewQualification;
import cn.nengshang.ledger.casework.api.SignAgreement;
import cn.nengshang.ledger.casework.api.StartNotice;
import cn.nengshang.ledger.casework.query.CaseRepository;
import cn.nengshang.ledger.casework.query.CaseRow;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.ErrorCode;
import cn.nengshang.ledger.common.LedgerException;
import cn.nengshang.ledger.common.PageView;
import cn.nengshang.ledger.common.Paging;
import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.ledger.casework.api.OpenCase;
import cn.nengshang.ledger.kernel.StaffId;
import org.springframework.data.domain.Pageable;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Ground;
import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The procedure over HTTP: each step by its role, answering the case as it then stands. */
@RestController
@RequestMapping("/api/v1")
class CaseController {

    private final Commands commands;
    private final CaseRepository cases;
    private final PeopleDirectory people;

    CaseController(Commands commands, CaseRepository cases, PeopleDirectory people) {
        this.commands = commands;
        this.cases = cases;
        this.people = people;
    }

    record NoticeEntry(String caseId, CaseKind kind, String staffId, String name, String institutionId,
                       String departmentId, Integer decidedPostGrade, LocalDate startsOn, LocalDate endsOn) {
    }

    /** The public notice list (公示名单): who is on notice now, for what, until when; open to every signed-in user. */
    @GetMapping("/notices")
    List<NoticeEntry> notices(Actor actor) {
        return cases.search(CaseState.NOTICED, null, null, null, null, Pageable.unpaged()).stream()
                .map(c -> new NoticeEntry(c.caseId(), c.kind(), c.staffId(),
                        people.find(StaffId.of(c.staffId())).map(PersonOnRecord::name).orElse(null), c.institutionId(),
                        c.departmentId(), c.decidedPostGrade(), c.noticeStartsOn(), c.noticeEndsOn()))
                .toList();
    }

    @GetMapping("/cases")
    PageView<CaseView> list(@RequestParam(required = false) CaseState state,
                            @RequestParam(required = false) CaseKind kind,
                            @RequestParam(required = false) String institution,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "50") int size, Actor actor) {
        ReadScope scope = ReadScope.of(actor, institution, null);
        return PageView.of(cases.search(state, kind, scope.institution(), scope.department(), scope.ownOnly(),
                Paging.of(page, size).request()),
                row -> CaseView.of(row, LocaleContextHolder.getLocale()));
    }

    /** The case file, to those who may read the person's record; what is public of a notice is the notice list. */
    @GetMapping("/cases/{caseId}")
    CaseView get(@PathVariable CaseId caseId, Actor actor) {
        CaseRow row = cases.findById(caseId.toString())
                .orElseThrow(() -> new LedgerException(ErrorCode.CASE_NOT_FOUND, caseId.toString()));
        if (!ReadScope.of(actor).admits(row.staffId(), row.institutionId(), row.departmentId())) {
            throw new LedgerException(ErrorCode.FORBIDDEN);
        }
        return CaseView.of(row, LocaleContextHolder.getLocale());
    }

    record OpenRequest(CaseKind kind, List<Ground> grounds, String notes) {
    }

    record Opened(String caseId) {
    }

    @PostMapping("/staff/{staffId}/cases")
    ResponseEntity<Opened> open(@PathVariable StaffId staffId, @RequestBody OpenRequest request, Actor actor) {
        CaseId caseId = commands.send(new OpenCase(staffId, request.kind(), request.grounds(), request.notes()), actor);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId)).body(new Opened(caseId.toString()));
    }

    record ProposalRequest(String reasons, List<String> evidence) {
    }

    @PostMapping("/cases/{caseId}/proposal")
    CaseView propose(@PathVariable CaseId caseId, @RequestBody ProposalRequest request, Actor actor) {
        return step(caseId, new ProposeCase(caseId, request.reasons(), request.evidence()), actor);
    }

    record QualificationRequest(Qualification outcome, String notes) {
    }

    @PostMapping("/cases/{caseId}/qualification")
    CaseView qualify(@PathVariable CaseId caseId, @RequestBody QualificationRequest request, Actor actor) {
        return step(caseId, new ReviewQualification(caseId, request.outcome(), request.notes()), actor);
    }

    record Weights(BigDecimal quantitative, BigDecimal democratic, BigDecimal defence) {
    }

    record AssessmentRequest(BigDecimal quantitative, BigDecimal democratic, BigDecimal defence, Weights weights) {
    }

    @PostMapping("/cases/{caseId}/assessment")
    CaseView assess(@PathVariable CaseId caseId, @RequestBody AssessmentRequest request, Actor actor) {
        Weights weights = request.weights() == null ? new Weights(null, null, null) : request.weights();
        return step(caseId, new AssessCase(caseId, request.quantitative(), request.democratic(), request.defence(),
                weights.quantitative(), weights.democratic(), weights.defence()), actor);
    }

    record DecisionRequest(Integer members, Integer present, Integer inFavour, Decision outcome, Integer postGrade) {
    }

    @PostMapping("/cases/{caseId}/committee-decision")
    CaseView decide(@PathVariable CaseId caseId, @RequestBody DecisionRequest request, Actor actor) {
        return step(caseId, new DecideCase(caseId, request.members(), request.present(), request.inFavour(),
                request.outcome(), request.postGrade()), actor);
    }

    record NoticeRequest(LocalDate startsOn) {
    }

    record Notice(String caseId, LocalDate startsOn, LocalDate endsOn, int workingDays) {
    }

    @PostMapping("/cases/{caseId}/notice")
    Notice notice(@PathVariable CaseId caseId, @RequestBody NoticeRequest request, Actor actor) {
        NoticeStarted started = send(new StartNotice(caseId, request.startsOn()), actor);
        return new Notice(caseId.toString(), started.startsOn(), started.endsOn(), started.workingDays());
    }

    record ObjectionRequest(String text) {
    }

    record ObjectionId(String objectionId) {
    }

    @PostMapping("/cases/{caseId}/objections")
    ResponseEntity<ObjectionId> object(@PathVariable CaseId caseId, @RequestBody ObjectionRequest request,
                                       Actor actor) {
        String objectionId = send(new RaiseObjection(caseId, request.text()), actor);
        return ResponseEntity.status(HttpStatus.CREATED).body(new ObjectionId(objectionId));
    }

    record AnswerRequest(String answer, Boolean upheld) {
    }

    @PostMapping("/cases/{caseId}/objections/{objectionId}/answer")
    CaseView answer(@PathVariable CaseId caseId, @PathVariable String objectionId,
                    @RequestBody AnswerRequest request, Actor actor) {
        return step(caseId, new AnswerObjection(caseId, objectionId, request.answer(), request.upheld()), actor);
    }

    record ApprovalRequest(Boolean approved, String notes) {
    }

    @PostMapping("/cases/{caseId}/approval")
    CaseView approve(@PathVariable CaseId caseId, @RequestBody ApprovalRequest request, Actor actor) {
        return step(caseId, new ApproveCase(caseId, request.approved(), request.notes()), actor);
    }

    record AgreementRequest(LocalDate signedOn, Integer postGrade, Integer termMonths) {
    }

    @PostMapping("/cases/{caseId}/agreement")
    CaseView agree(@PathVariable CaseId caseId, @RequestBody AgreementRequest request, Actor actor) {
        return step(caseId, new SignAgreement(caseId, request.signedOn(), request.postGrade(), request.termMonths()),
                actor);
    }

    record WithdrawalRequest(String reason) {
    }

    /** HR centre: withdraws a case before its approval, with a reason. */
    @PostMapping("/cases/{caseId}/withdrawal")
    CaseView withdraw(@PathVariable CaseId caseId, @RequestBody WithdrawalRequest request, Actor actor) {
        return step(caseId, new WithdrawCase(caseId, request.reason()), actor);
    }

    private CaseView step(CaseId caseId, Object command, Actor actor) {
        send(command, actor);
        return get(caseId, actor);
    }

    private <R> R send(Object command, Actor actor) {
        try {
            return commands.send(command, actor);
        } catch (AggregateNotFoundException | AggregateEntityNotFoundException e) {
            throw new LedgerException(ErrorCode.CASE_NOT_FOUND, "");
        }
    }
}
