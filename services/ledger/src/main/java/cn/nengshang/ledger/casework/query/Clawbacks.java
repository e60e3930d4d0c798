package cn.nengshang.ledger.casework.query;

import cn.nengshang.ledger.assessment.query.IncidentRepository;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.appointment.query.PostGradePeriod;
import cn.nengshang.ledger.appointment.query.PostGradePeriodRepository;
import cn.nengshang.policy.casework.Ground;
import cn.nengshang.policy.casework.PayScale;
import cn.nengshang.policy.facts.IncidentType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What a fraud finding takes back (§8): the pay of the grade held above the grade due, month by month. */
@Service
public class Clawbacks {

    private final PostGradePeriodRepository periods;
    private final CaseRepository cases;
    private final IncidentRepository incidents;
    private final PayScale pay;

    Clawbacks(PostGradePeriodRepository periods, CaseRepository cases, IncidentRepository incidents, PayScale pay) {
        this.periods = periods;
        this.cases = cases;
        this.incidents = incidents;
        this.pay = pay;
    }

    public record ClawbackMonth(YearMonth month, int heldGrade, int dueGrade, BigDecimal amount) {
    }

    public record Clawback(String caseId, LocalDate fraudOn, List<ClawbackMonth> months, BigDecimal total,
                           String basis) {
    }

    /**
     * After a fraud finding takes effect: for each month from the fraud to the decision, the pay of the grade
     * held less the pay of the grade decided as due (pay scale under seeds/catalog; demonstration values).
     */
    @Transactional(readOnly = true)
    public Clawback clawback(String staffId) {
        Optional<CaseRow> finding = cases.findByStaffIdOrderByOpenedAt(staffId).stream()
                .filter(c -> c.state() == CaseState.EFFECTIVE && c.decidedPostGrade() != null)
                .filter(c -> c.grounds().stream().anyMatch(g -> g.ground().equals(Ground.FRAUD.name())))
                .reduce((a, b) -> b);
        Optional<LocalDate> fraudOn = incidents.findByStaffIdOrderByOccurredOn(staffId).stream()
                .filter(i -> i.view().type() == IncidentType.FRAUD).map(i -> i.view().occurredOn())
                .min(Comparator.naturalOrder());
        if (finding.isEmpty() || fraudOn.isEmpty()) {
            return new Clawback(null, null, List.of(), BigDecimal.ZERO, "no fraud finding has taken effect");
        }
        int due = finding.get().decidedPostGrade();
        List<PostGradePeriod> timeline = periods.findByStaffIdOrderByFromAsc(staffId);
        LocalDate effective = timeline.stream().filter(p -> finding.get().caseId().equals(p.caseId()))
                .map(PostGradePeriod::from).findFirst().orElse(LocalDate.MAX);
        List<ClawbackMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(fraudOn.get()); month.atDay(1).isBefore(effective);
             month = month.plusMonths(1)) {
            LocalDate first = month.atDay(1);
            Optional<PostGradePeriod> held = timeline.stream().filter(p -> p.covers(first)).findFirst();
            if (held.isPresent() && pay.monthly(held.get().postGrade()).compareTo(pay.monthly(due)) > 0) {
                months.add(new ClawbackMonth(month, held.get().postGrade(), due,
                        pay.monthly(held.get().postGrade()).subtract(pay.monthly(due))));
            }
        }
        return new Clawback(finding.get().caseId(), fraudOn.get(), months,
                months.stream().map(ClawbackMonth::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                "pay scale seeds/catalog/pay-scale.tsv (demonstration values)");
    }

}
