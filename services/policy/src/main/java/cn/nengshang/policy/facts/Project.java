package cn.nengshang.policy.facts;

import java.time.LocalDate;

public record Project(ProjectKind kind, Level level, ProjectRole role, String title, LocalDate date) {
}
