package cn.nengshang.policy.facts;

import java.math.BigDecimal;

/**
 * The previous term's figures that improvement tasks are measured against, recorded at a term's start:
 * specialty score, and QC pass, indicator attainment and medical-dispute rates in percent. Any may be
 * missing; a task that needs a missing one cannot be met.
 */
public record Baselines(BigDecimal specialtyScore, BigDecimal qcPassRate, BigDecimal indicatorRate,
                        BigDecimal disputeRate) {

    public static final Baselines NONE = new Baselines(null, null, null, null);

    public enum Figure {
        SPECIALTY_SCORE,
        QC_PASS_RATE,
        INDICATOR_RATE,
        DISPUTE_RATE
    }

    public BigDecimal figure(Figure figure) {
        return switch (figure) {
            case SPECIALTY_SCORE -> specialtyScore;
            case QC_PASS_RATE -> qcPassRate;
            case INDICATOR_RATE -> indicatorRate;
            case DISPUTE_RATE -> disputeRate;
        };
    }
}
