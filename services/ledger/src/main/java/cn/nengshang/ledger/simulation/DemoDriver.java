package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.appointment.query.PostGradePeriodRepository;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.casework.api.ApproveCase;
import cn.nengshang.ledger.casework.api.AssessCase;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.DecideCase;
import cn.nengshang.ledger.casework.api.ProposeCase;
import cn.nengshang.ledger.casework.api.Qualification;
import cn.nengshang.ledger.casework.api.ReviewQualification;
import cn.nengshang.ledger.casework.api.SignAgreement;
import cn.nengshang.ledger.casework.api.StartNotice;
import cn.nengshang.ledger.casework.query.CaseRepository;
import cn.nengshang.ledger.casework.query.CaseRow;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.kernel.CaseId;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.query.ProgressQueries;
import cn.nengshang.ledger.term.query.RecordReader;
import cn.nengshang.ledger.term.record.TermRecord;
import cn.nengshang.policy.casework.CaseKind;
import cn.nengshang.policy.casework.Decision;
import cn.nengshang.policy.catalog.PostGradeBand;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.facts.AchievementKind;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.facts.Level;
import cn.nengshang.policy.facts.MenteeTrack;
import cn.nengshang.policy.facts.ProjectKind;
import cn.nengshang.policy.facts.ProjectRole;
import cn.nengshang.policy.progress.Quarter;
import cn.nengshang.policy.progress.Suggestion;
import cn.nengshang.policy.progress.TaskProgress;
import cn.nengshang.policy.progress.TermCalendar;
import cn.nengshang.policy.rules.Measure;
import cn.nengshang.policy.rules.Metric;
import cn.nengshang.policy.rules.OutcomeRule;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.TaskKind;
import cn.nengshang.policy.rules.TaskRule;
import org.springframework.data.domain.Pageable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Plays every role of the demonstration through the same commands as the API, with figures taken from the
 * policy the term is bound to: a diligent month reaches every monthly minimum and its share of every term
 * target, mentees are the register's number, achievements clear each outcome rule, decisions go to the grade
 * the post-grade table gives.
 */
final class DemoDriver {

    private static final Actor COMMISSION = new Actor("demo-commission-director", Set.of(Role.COMMISSION), null, null);
    private static final Actor ASSESSOR = new Actor("demo-commission-assessor", Set.of(Role.COMMISSION), null, null);
    private static final Actor HR = new Actor("demo-hr-centre", Set.of(Role.HR_CENTER), null, null);
    private static final Actor COMMITTEE = new Actor("demo-party-committee", Set.of(Role.PARTY_COMMITTEE), null, null);
    /** How far beyond a threshold the demo's results go, in the threshold's own unit (percent or points). */
    private static final BigDecimal MARGIN = BigDecimal.ONE;

    private final Commands commands;
    private final Clock clock;
    private final PeopleDirectory people;
    private final ProgressQueries progress;
    private final RecordReader records;
    private final CaseRepository cases;
    private final PostGradePeriodRepository grades;
    private final PublishedPolicies policies;
    private final PostGrades postGrades;
    /** The verdicts recorded per person, each with the tasks its suggestion found short. */
    private final Map<String, List<String>> verdicts = new TreeMap<>();

    DemoDriver(Commands commands, Clock clock, PeopleDirectory people, ProgressQueries progress, RecordReader records,
               CaseRepository cases, PostGradePeriodRepository grades, PublishedPolicies policies, PostGrades postGrades) {
        this.commands = commands;
        this.clock = clock;
        this.people = people;
        this.progress = progress;
        this.records = records;
        this.cases = cases;
        this.grades = grades;
        this.policies = policies;
        this.postGrades = postGrades;
    }

    Map<String, List<String>> verdicts() {
        return verdicts;
    }

    private PersonOnRecord now(PersonOnRecord person) {
        return people.find(StaffId.of(person.staffId())).orElseThrow();
    }

    private TermRecord record(PersonOnRecord person) {
        return records.term(TermId.of(person.termId()), clock.instant().plusMillis(1)).orElseThrow();
    }

    private Policy policy(PersonOnRecord person) {
        return policies.of(record(person).policyId());
    }

    private static Actor department(PersonOnRecord person) {
        return new Actor("demo-head-" + person.departmentId(), Set.of(Role.DEPARTMENT), person.institutionId(),
                person.departmentId());
    }

    /** A month meeting every monthly minimum and its share of every term target; idle: no teaching (B1-B4). */
    void report(PersonOnRecord person, java.time.YearMonth month, boolean idle) {
        Policy policy = policy(person);
        Map<Metric, Integer> counts = new EnumMap<>(Metric.class);
        for (TaskRule task : policy.tasks()) {
            if (!task.appliesTo(person.family(), person.surgical()) || task.kind() == TaskKind.OUTCOME) continue;
            for (Measure measure : task.measures()) {
                int target = measure.target(person.rank());
                int monthly = switch (task.kind()) {
                    case TERM_COUNT -> (target + policy.termMonths() - 1) / policy.termMonths();
                    case PER_YEAR -> (target + 11) / 12;
                    default -> target;
                };
                counts.merge(measure.metric(), monthly, Math::max);
            }
        }
        int teaching = idle ? 0 : 1;
        for (Metric teachingMetric : List.of(Metric.BUSINESS_LEARNING, Metric.CASE_DISCUSSIONS, Metric.TEACHING_ROUNDS,
                Metric.SKILLS_TRAININGS)) {
            counts.put(teachingMetric, idle ? 0 : Math.max(teaching, counts.getOrDefault(teachingMetric, 0)));
        }
        BigDecimal average = BigDecimal.valueOf(100);
        MonthlyReport report = new MonthlyReport(counts.getOrDefault(Metric.BUSINESS_LEARNING, 0),
                counts.getOrDefault(Metric.CASE_DISCUSSIONS, 0), counts.getOrDefault(Metric.TEACHING_ROUNDS, 0),
                counts.getOrDefault(Metric.SKILLS_TRAININGS, 0), counts.getOrDefault(Metric.DIFFICULT_CASES, 0),
                counts.getOrDefault(Metric.GRADE4_OPERATIONS, 0), counts.getOrDefault(Metric.COUNTY_CONSULTATIONS, 0),
                TermCalendar.mondaysOf(month), counts.getOrDefault(Metric.GRASSROOTS_SERVICES, 0),
                counts.getOrDefault(Metric.GRASSROOTS_GRADE2_OPERATIONS, 0),
                counts.getOrDefault(Metric.GRASSROOTS_BUSINESS_LEARNING, 0),
                counts.getOrDefault(Metric.GRASSROOTS_CASE_DISCUSSIONS, 0),
                counts.getOrDefault(Metric.GRASSROOTS_TEACHING_ROUNDS, 0),
                counts.getOrDefault(Metric.GRASSROOTS_SKILLS_TRAININGS, 0),
                workloadClearing(policy).multiply(average).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP),
                average);
        commands.send(new SubmitMonthlyReport(TermId.of(person.termId()), month, report, null, null), department(person));
    }

    /** The percentage of the department's average that clears the workload rule (B8), with the margin. */
    private static BigDecimal workloadClearing(Policy policy) {
        return policy.tasks().stream().flatMap(t -> t.outcomes().stream())
                .filter(OutcomeRule.WorkloadAbove.class::isInstance).map(o -> ((OutcomeRule.WorkloadAbove) o).percent())
                .findFirst().orElse(BigDecimal.valueOf(100)).add(MARGIN);
    }

    /** As many mentees of each track as the register asks of the rank. */
    void mentees(PersonOnRecord person) {
        LocalDate today = LocalDate.now(clock);
        for (TaskRule task : policy(person).tasks()) {
            if (task.register() == null || !task.appliesTo(person.family(), person.surgical())) continue;
            MenteeTrack track = task.register().track();
            String prefix = track == MenteeTrack.DEPARTMENT ? "D" : "G";
            for (int i = 1; i <= task.register().targets().get(person.rank()); i++) {
                commands.send(new RegisterMentee(TermId.of(person.termId()), prefix + i,
                        (track == MenteeTrack.DEPARTMENT ? "科室徒弟 " : "基层徒弟 ") + i, track,
                        track == MenteeTrack.DEPARTMENT ? new BigDecimal("60") : new BigDecimal("50"), today),
                        department(person));
            }
        }
    }

    /** Assessments, projects and achievements that clear every outcome rule of the policy, with the margin. */
    void achievements(PersonOnRecord person, java.time.YearMonth month) {
        Actor unit = department(person);
        TermId termId = TermId.of(person.termId());
        LocalDate day = month.atDay(20);
        Policy policy = policy(person);
        TermRecord record = record(person);
        BigDecimal menteeGain = policy.tasks().stream().flatMap(t -> t.outcomes().stream())
                .filter(OutcomeRule.MenteeImprovement.class::isInstance)
                .map(o -> ((OutcomeRule.MenteeImprovement) o).relativePercent()).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO).add(MARGIN);
        record.mentees().stream().filter(m -> !m.replaced()).forEach(m -> commands.send(new AssessMentee(termId,
                m.menteeId(), day, relative(m.baselineScore(), menteeGain)), unit));
        commands.send(new RecordProject(termId, ProjectKind.RESEARCH, Level.PREFECTURE, ProjectRole.HOST,
                "地区级科研课题", day), unit);
        commands.send(new RecordProject(termId, ProjectKind.CME, Level.COUNTY, ProjectRole.HOST, "县级继续医学教育项目",
                day), unit);
        Baselines base = record.baselines();
        Map<AchievementKind, BigDecimal> values = new EnumMap<>(AchievementKind.class);
        policy.tasks().stream().flatMap(t -> t.outcomes().stream()).filter(OutcomeRule.Improvement.class::isInstance)
                .map(OutcomeRule.Improvement.class::cast)
                .forEach(rule -> values.put(rule.measuredBy(), clearing(rule, base.figure(rule.baseline()))));
        for (AchievementKind kind : AchievementKind.values()) {
            commands.send(new RecordAchievement(termId, kind, day, kind.needsLevel() ? Level.PREFECTURE : null,
                    kind.needsValue() ? values.get(kind) : null, "demo: " + kind), unit);
        }
    }

    private static BigDecimal relative(BigDecimal base, BigDecimal percent) {
        return base.multiply(BigDecimal.valueOf(100).add(percent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** A value that clears an improvement rule against its baseline by the margin. */
    private static BigDecimal clearing(OutcomeRule.Improvement rule, BigDecimal baseline) {
        BigDecimal change = rule.threshold().add(MARGIN);
        boolean up = rule.direction() == OutcomeRule.Improvement.Direction.UP;
        if (rule.change() == OutcomeRule.Improvement.Change.POINTS) {
            return up ? baseline.add(change) : baseline.subtract(change);
        }
        return relative(baseline, up ? change : change.negate());
    }

    /** The institution records the suggested verdict. */
    void verdict(PersonOnRecord person, Quarter quarter) {
        PersonOnRecord current = now(person);
        if ("DISMISSED".equals(current.state())) return;
        Suggestion suggestion = progress.suggestion(TermId.of(person.termId()), current, quarter);
        commands.send(new RecordQuarterlyVerdict(TermId.of(person.termId()), quarter, suggestion.verdict(), null),
                new Actor("demo-" + person.institutionId(), Set.of(Role.INSTITUTION), person.institutionId(), null));
        List<String> shortTasks = suggestion.tasks().stream().filter(t -> !t.passing()).map(TaskProgress::task).toList();
        verdicts.computeIfAbsent(person.staffId(), id -> new ArrayList<>()).add(quarter.toString().substring(2) + " "
                + suggestion.verdict() + (shortTasks.isEmpty() ? "" : " " + shortTasks));
    }

    /** The commission rates a year competent when the year's last quarter passes, else basically competent. */
    void rate(PersonOnRecord person, int year) {
        PersonOnRecord current = now(person);
        if ("DISMISSED".equals(current.state())) return;
        Suggestion standing = progress.suggestion(TermId.of(person.termId()), current,
                Quarter.of(java.time.YearMonth.of(year, 12)));
        commands.send(new RecordAnnualRating(StaffId.of(person.staffId()), year,
                standing.verdict() == Suggestion.Verdict.PASS ? AnnualRating.COMPETENT
                        : AnnualRating.BASICALLY_COMPETENT), COMMISSION);
    }

    /** Every open case carried to its notice, acting each role. */
    void propose(LocalDate noticeDay) {
        for (CaseRow open : cases.search(CaseState.OPENED, null, null, null, null, Pageable.unpaged())) {
            PersonOnRecord person = people.find(StaffId.of(open.staffId())).orElseThrow();
            CaseId id = CaseId.of(open.caseId());
            Actor branch = new Actor("demo-branch-" + person.institutionId(), Set.of(Role.PARTY_BRANCH),
                    person.institutionId(), null);
            commands.send(new ProposeCase(id, "grounds: " + open.grounds().stream().map(CaseRow.GroundEntry::ground)
                    .collect(Collectors.joining(", ")), List.of("assessment records")), branch);
            commands.send(new ReviewQualification(id, Qualification.CONFIRMED, "demo review"), HR);
            BigDecimal quantitative = policies.inForceOn(noticeDay).thresholds().minimumQuantitativeWeight();
            BigDecimal rest = BigDecimal.ONE.subtract(quantitative);
            BigDecimal democratic = rest.multiply(new BigDecimal("0.5"));
            commands.send(new AssessCase(id, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                    quantitative, democratic, rest.subtract(democratic)), ASSESSOR);
            Decision decision = open.kind() == CaseKind.DOWNGRADE ? Decision.DOWNGRADE
                    : open.kind() == CaseKind.RESTORATION ? Decision.RESTORE : Decision.DISMISS;
            commands.send(new DecideCase(id, 9, 7, 6, decision, gradeFor(decision, person)), COMMITTEE);
            commands.send(new StartNotice(id, noticeDay), HR);
        }
    }

    /** Every case whose notice has closed approved, and its agreement signed. */
    void approve(LocalDate signedOn) {
        for (CaseRow closed : cases.search(CaseState.NOTICE_CLOSED, null, null, null, null, Pageable.unpaged())) {
            PersonOnRecord person = people.find(StaffId.of(closed.staffId())).orElseThrow();
            CaseId id = CaseId.of(closed.caseId());
            commands.send(new ApproveCase(id, true, "demo approval"), COMMISSION);
            CaseRow approved = cases.findById(closed.caseId()).orElseThrow();
            if (approved.state() == CaseState.APPROVED) {
                commands.send(new SignAgreement(id, signedOn, approved.decidedPostGrade(), null),
                        new Actor("demo-" + person.institutionId(), Set.of(Role.INSTITUTION), person.institutionId(),
                                null));
            }
        }
    }

    /** A down-grade goes to the first grade of the band below the title's; a restoration back to the first grade held. */
    private Integer gradeFor(Decision decision, PersonOnRecord person) {
        return switch (decision) {
            case DOWNGRADE -> firstGradeOf(PostGradeBand.values()[PostGrades.bandOf(person.rank()).ordinal() + 1]);
            case RESTORE -> grades.findByStaffIdOrderByFromAsc(person.staffId()).get(0).postGrade();
            default -> null;
        };
    }

    private int firstGradeOf(PostGradeBand band) {
        return postGrades.all().entrySet().stream().filter(e -> e.getValue() == band).map(Map.Entry::getKey)
                .min(Integer::compare).orElseThrow();
    }
}
