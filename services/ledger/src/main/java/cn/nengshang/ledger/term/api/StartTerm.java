package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.policy.facts.Baselines;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.YearMonth;

/** Start an appointment term (聘期) of {@code months} months at a post grade. Answers {@link TermOpened}. */
public record StartTerm(@TargetAggregateIdentifier StaffId staffId, YearMonth startMonth, Integer months,
                        Integer postGrade, Baselines baselines) {
}
