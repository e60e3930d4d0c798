package cn.nengshang.policy.facts;

import java.math.BigDecimal;
import java.time.LocalDate;

public record Achievement(AchievementKind kind, LocalDate date, Level level, BigDecimal value, String description) {
}
