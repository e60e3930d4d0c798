package cn.nengshang.ledger.staff.api;

import cn.nengshang.ledger.common.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The previous term's figures that improvement tasks are measured against, recorded at a term's start:
 * specialty score, QC pass rate, indicator attainment rate and medical-dispute rate (rates in percent).
 */
public record Baselines(BigDecimal specialtyScore, BigDecimal qcPassRate, BigDecimal indicatorRate,
                        BigDecimal disputeRate) {

    public static final Baselines NONE = new Baselines(null, null, null, null);

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (specialtyScore != null && specialtyScore.signum() < 0) {
            problems.add(FieldProblem.of("baselines.specialtyScore", "NEGATIVE"));
        }
        Map.of("qcPassRate", qcPassRate == null ? BigDecimal.ZERO : qcPassRate,
                        "indicatorRate", indicatorRate == null ? BigDecimal.ZERO : indicatorRate,
                        "disputeRate", disputeRate == null ? BigDecimal.ZERO : disputeRate)
                .forEach((field, rate) -> {
                    if (rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                        problems.add(FieldProblem.of("baselines." + field, "PERCENT"));
                    }
                });
        return problems;
    }
}
