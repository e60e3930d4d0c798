package cn.nengshang.ledger.casework.web;

import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.query.CaseRow;
import cn.nengshang.policy.Text;
import cn.nengshang.policy.casework.CaseKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A case as the API shows it, its steps worded in the reader's language. */
record CaseView(String caseId, CaseKind kind, String staffId, CaseState state, String institutionId,
                String departmentId, Instant openedAt, Integer decidedPostGrade, LocalDate noticeEndsOn,
                List<CaseRow.GroundEntry> grounds, List<Step> history, List<CaseRow.Objection> objections) {

    record Step(String step, String actor, Instant at, String detail) {
    }

    static CaseView of(CaseRow row, Locale locale) {
        return new CaseView(row.caseId(), row.kind(), row.staffId(), row.state(), row.institutionId(),
                row.departmentId(), row.openedAt(), row.decidedPostGrade(), row.noticeEndsOn(), row.grounds(),
                row.history().stream().map(s -> new Step(s.step(), s.actor(), s.at(),
                        new Text(s.detailZh(), s.detailEn()).in(locale))).toList(),
                row.objections());
    }
}
