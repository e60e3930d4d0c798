package cn.nengshang.ledger.term.api;

import cn.nengshang.ledger.common.DomainRange;
import cn.nengshang.ledger.common.FieldProblem;
import cn.nengshang.policy.progress.MonthlyFacts;
import cn.nengshang.policy.rules.Metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a department logs for one senior for one month (DOMAIN §5): counts for B1-B4, B6, B7, G3-G5,
 * the dates of grassroots days (G2), and for B8 the person's core workload beside the department's
 * same-post average. Dates are kept sorted, so that equal reports are equal records.
 */
public record MonthlyReport(
        Integer businessLearning,
        Integer caseDiscussions,
        Integer teachingRounds,
        Integer skillsTrainings,
        Integer difficultCases,
        Integer grade4Operations,
        Integer countyConsultations,
        List<LocalDate> grassrootsDays,
        Integer grassrootsServices,
        Integer grassrootsGrade2Operations,
        Integer grassrootsBusinessLearning,
        Integer grassrootsCaseDiscussions,
        Integer grassrootsTeachingRounds,
        Integer grassrootsSkillsTrainings,
        BigDecimal coreWorkload,
        BigDecimal departmentAverageWorkload) {

    public MonthlyReport {
        grassrootsDays = grassrootsDays == null ? null : grassrootsDays.stream().sorted().toList();
        coreWorkload = coreWorkload == null ? null : coreWorkload.stripTrailingZeros();
        departmentAverageWorkload = departmentAverageWorkload == null ? null
                : departmentAverageWorkload.stripTrailingZeros();
    }

    /** Every count by the metric it feeds; grassroots days are counted from their dates. */
    public Map<Metric, Integer> counts() {
        Map<Metric, Integer> counts = new LinkedHashMap<>();
        counts.put(Metric.BUSINESS_LEARNING, businessLearning);
        counts.put(Metric.CASE_DISCUSSIONS, caseDiscussions);
        counts.put(Metric.TEACHING_ROUNDS, teachingRounds);
        counts.put(Metric.SKILLS_TRAININGS, skillsTrainings);
        counts.put(Metric.DIFFICULT_CASES, difficultCases);
        counts.put(Metric.GRADE4_OPERATIONS, grade4Operations);
        counts.put(Metric.COUNTY_CONSULTATIONS, countyConsultations);
        counts.put(Metric.GRASSROOTS_SERVICES, grassrootsServices);
        counts.put(Metric.GRASSROOTS_GRADE2_OPERATIONS, grassrootsGrade2Operations);
        counts.put(Metric.GRASSROOTS_BUSINESS_LEARNING, grassrootsBusinessLearning);
        counts.put(Metric.GRASSROOTS_CASE_DISCUSSIONS, grassrootsCaseDiscussions);
        counts.put(Metric.GRASSROOTS_TEACHING_ROUNDS, grassrootsTeachingRounds);
        counts.put(Metric.GRASSROOTS_SKILLS_TRAININGS, grassrootsSkillsTrainings);
        return counts;
    }

    /** What is wrong with the report for the given month: missing or negative counts, stray or repeated dates. */
    public List<FieldProblem> problems(YearMonth month) {
        List<FieldProblem> problems = new ArrayList<>();
        counts().forEach((metric, count) -> {
            if (count == null) {
                problems.add(FieldProblem.of(metric.field(), "REQUIRED"));
            } else if (count < 0) {
                problems.add(FieldProblem.of(metric.field(), "NEGATIVE"));
            } else if (count > DomainRange.MAX_COUNT) {
                problems.add(FieldProblem.of(metric.field(), "RANGE", 0, DomainRange.MAX_COUNT));
            }
        });
        if (grassrootsDays == null) {
            problems.add(FieldProblem.of("grassrootsDays", "REQUIRED"));
        } else {
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < grassrootsDays.size(); i++) {
                LocalDate day = grassrootsDays.get(i);
                if (day == null || !YearMonth.from(day).equals(month)) {
                    problems.add(FieldProblem.of("grassrootsDays[" + i + "]", "DATE_OUTSIDE_MONTH", month.toString()));
                } else if (!seen.add(day)) {
                    problems.add(FieldProblem.of("grassrootsDays[" + i + "]", "DATE_REPEATED", day.toString()));
                }
            }
        }
        workload("coreWorkload", coreWorkload, problems);
        workload("departmentAverageWorkload", departmentAverageWorkload, problems);
        return problems;
    }

    private static void workload(String field, BigDecimal value, List<FieldProblem> problems) {
        if (value != null && value.signum() < 0) {
            problems.add(FieldProblem.of(field, "NEGATIVE"));
        } else if (value != null && value.compareTo(DomainRange.MAX_WORKLOAD) > 0) {
            problems.add(FieldProblem.of(field, "RANGE", 0, DomainRange.MAX_WORKLOAD.toPlainString()));
        }
    }

    public MonthlyFacts toFacts(YearMonth month) {
        Map<Metric, Integer> counts = new EnumMap<>(Metric.class);
        counts().forEach((metric, count) -> counts.put(metric, count == null ? 0 : count));
        return new MonthlyFacts(month, counts, grassrootsDays == null ? Set.of() : Set.copyOf(grassrootsDays),
                coreWorkload, departmentAverageWorkload);
    }
}
