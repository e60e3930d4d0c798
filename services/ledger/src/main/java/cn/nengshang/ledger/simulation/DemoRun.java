package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.casework.api.ApproveCase;
import cn.nengshang.ledger.casework.api.AssessCase;
import cn.nengshang.ledger.casework.api.CaseState;
import cn.nengshang.ledger.casework.api.DecideCase;
import cn.nengshang.ledger.casework.api.Decision;
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
import cn.nengshang.ledger.staff.api.TermId;
import cn.nengshang.ledger.staff.query.PostGradePeriodRepository;
import cn.nengshang.ledger.staff.query.RecordReader;
import cn.nengshang.ledger.staff.query.RectificationRepository;
import cn.nengshang.ledger.staff.query.StaffRepository;
import cn.nengshang.ledger.staff.query.StaffRow;
import cn.nengshang.ledger.staff.record.TermRecord;
import cn.nengshang.ledger.term.api.AssessMentee;
import cn.nengshang.ledger.term.api.MonthlyReport;
import cn.nengshang.ledger.term.api.RecordAchievement;
import cn.nengshang.ledger.term.api.RecordProject;
import cn.nengshang.ledger.term.api.RecordQuarterlyVerdict;
import cn.nengshang.ledger.term.api.RegisterMentee;
import cn.nengshang.ledger.term.api.SubmitMonthlyReport;
import cn.nengshang.ledger.term.query.ProgressQueries;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.CaseKind;
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
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs the demo consortium through a whole term in simulated time, acting each role as the scenario file
 * says — departments report, institutions record the suggested verdicts, the commission rates the years, and
 * every case is carried through the procedure — then prints, per person, what happened.
 */
@Component
@Profile("simulation")
@ConditionalOnProperty("nengshang.demo-run")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRun.class);

    private static final ZoneOffset CELE = ZoneOffset.ofHours(8);
    private static final Actor COMMISSION = new Actor("demo-commission-director", Set.of(Role.COMMISSION), null, null);
    private static final Actor ASSESSOR = new Actor("demo-commission-assessor", Set.of(Role.COMMISSION), null, null);
    private static final Actor HR = new Actor("demo-hr-centre", Set.of(Role.HR_CENTER), null, null);
    private static final Actor COMMITTEE = new Actor("demo-party-committee", Set.of(Role.PARTY_COMMITTEE), null, null);

    private final Commands commands;
    private final SimulatedTime time;
    private final SimulationClock clock;
    private final StaffRepository staff;
    private final ProgressQueries progress;
    private final RecordReader records;
    private final CaseRepository cases;
    private final RectificationRepository rectifications;
    private final PostGradePeriodRepository grades;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;
    private final Path scenarioFile;
    private final boolean exit;
    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    /** The verdicts recorded per person, each with the tasks its suggestion found short. */
    private final Map<String, List<String>> verdicts = new TreeMap<>();

    DemoRun(Commands commands, SimulatedTime time, SimulationClock clock, StaffRepository staff,
            ProgressQueries progress, RecordReader records, CaseRepository cases,
            RectificationRepository rectifications, PostGradePeriodRepository grades, ObjectMapper json,
            ConfigurableApplicationContext context, @Value("${nengshang.demo-run}") Path scenarioFile,
            @Value("${nengshang.demo-run-exit:true}") boolean exit) {
        this.commands = commands;
        this.time = time;
        this.clock = clock;
        this.staff = staff;
        this.progress = progress;
        this.records = records;
        this.cases = cases;
        this.rectifications = rectifications;
        this.grades = grades;
        this.json = json;
        this.context = context;
        this.scenarioFile = scenarioFile;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try {
            play();
        } catch (RuntimeException | IOException e) {
            if (!exit) throw e;
            log.error("the demonstration stopped", e);
            System.exit(SpringApplication.exit(context, () -> 1));
        }
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private void play() throws IOException {
        DemoScenario scenario = json.readValue(scenarioFile.toFile(), DemoScenario.class);
        if (clock.instant().isAfter(scenario.start().toInstant())) {
            throw new IllegalStateException("start the simulation at " + scenario.start()
                    + " (NENGSHANG_SIM_START) to run this scenario");
        }
        long began = System.nanoTime();
        List<StaffRow> people = scenario.staff().keySet().stream().sorted()
                .map(id -> staff.findById(id).orElseThrow()).toList();
        YearMonth first = YearMonth.from(scenario.start());
        for (int m = 1; m <= 24; m++) {
            YearMonth month = first.plusMonths(m - 1L);
            int termMonth = m;
            at(month.plusMonths(1).atDay(5), 9);
            for (StaffRow person : people) {
                DemoScenario.Pattern pattern = scenario.patterns().get(scenario.staff().get(person.staffId()));
                if (pattern.reports(termMonth)) report(person, month, pattern.idleMonths().contains(termMonth));
                if (pattern.reports(termMonth) && termMonth == pattern.reportsFrom()) mentees(person);
                if (pattern.achievements() && termMonth == 12) achievements(person, month);
            }
            if (m % 3 == 0) {
                at(month.plusMonths(1).atDay(15), 10);
                people.forEach(person -> verdict(person, Quarter.of(month)));
            }
            if (month.getMonthValue() == 12) {
                at(month.plusMonths(1).atDay(15), 11);
                people.forEach(person -> rate(person, month.getYear()));
            }
            runProcedures(month.plusMonths(1));
        }
        at(first.plusMonths(25).atDay(11), 9);
        runProcedures(first.plusMonths(25));
        print(scenario, people, (System.nanoTime() - began) / 1_000_000_000.0);
    }

    private void at(LocalDate day, int hour) {
        time.advanceTo(OffsetDateTime.of(day, LocalTime.of(hour, 0), CELE).toInstant());
    }

    private Actor department(StaffRow person) {
        return new Actor("demo-head-" + person.departmentId(), Set.of(Role.DEPARTMENT), person.institutionId(),
                person.departmentId());
    }

    private TermId term(StaffRow person) {
        return TermId.of(person.termId());
    }

    /** A month meeting every monthly target; in an idle month without teaching activities (B1-B4). */
    private void report(StaffRow person, YearMonth month, boolean idle) {
        int teaching = idle ? 0 : 1;
        List<LocalDate> mondays = TermCalendar.mondaysOf(month);
        MonthlyReport report = new MonthlyReport(teaching, teaching, teaching, teaching, 2, 1,
                person.rank() == Rank.FULL_SENIOR ? 6 : 4, mondays, 60, person.surgical() ? 2 : 0, 1, 1, 1, 1,
                new BigDecimal("125"), new BigDecimal("100"));
        commands.send(new SubmitMonthlyReport(term(person), month, report, null, null), department(person));
    }

    private void mentees(StaffRow person) {
        LocalDate today = LocalDate.now(clock);
        int required = person.rank() == Rank.FULL_SENIOR ? 2 : 1;
        for (int i = 1; i <= required; i++) {
            commands.send(new RegisterMentee(term(person), "D" + i, "科室徒弟 " + i, MenteeTrack.DEPARTMENT,
                    new BigDecimal("60"), today), department(person));
        }
        commands.send(new RegisterMentee(term(person), "G1", "基层徒弟", MenteeTrack.GRASSROOTS, new BigDecimal("50"),
                today), department(person));
    }

    private void achievements(StaffRow person, YearMonth month) {
        Actor unit = department(person);
        TermId termId = term(person);
        LocalDate day = month.atDay(20);
        TermRecord record = records.term(termId, clock.instant().plusMillis(1)).orElseThrow();
        record.mentees().stream().filter(m -> !m.replaced()).forEach(m -> commands.send(new AssessMentee(termId,
                m.menteeId(), day, m.baselineScore().multiply(new BigDecimal("1.25"))), unit));
        commands.send(new RecordProject(termId, ProjectKind.RESEARCH, Level.PREFECTURE, ProjectRole.HOST,
                "地区级科研课题", day), unit);
        commands.send(new RecordProject(termId, ProjectKind.CME, Level.COUNTY, ProjectRole.HOST, "县级继续医学教育项目",
                day), unit);
        Baselines base = record.baselines();
        Map<AchievementKind, BigDecimal> values = Map.of(
                AchievementKind.SPECIALTY_SCORE, base.specialtyScore().multiply(new BigDecimal("1.15")),
                AchievementKind.QC_PASS_RATE, base.qcPassRate().add(new BigDecimal("6")),
                AchievementKind.INDICATOR_RATE, base.indicatorRate().add(new BigDecimal("12")),
                AchievementKind.DISPUTE_RATE, base.disputeRate().multiply(new BigDecimal("0.6"))
                        .setScale(2, RoundingMode.HALF_UP));
        for (AchievementKind kind : AchievementKind.values()) {
            commands.send(new RecordAchievement(termId, kind, day,
                    kind.needsLevel() ? Level.PREFECTURE : null, values.get(kind), "demo: " + kind), unit);
        }
    }

    private void verdict(StaffRow person, Quarter quarter) {
        StaffRow now = staff.findById(person.staffId()).orElseThrow();
        if ("DISMISSED".equals(now.state())) return;
        Suggestion suggestion = progress.suggestion(term(person), now, quarter);
        commands.send(new RecordQuarterlyVerdict(term(person), quarter, suggestion.verdict(), null),
                new Actor("demo-" + person.institutionId(), Set.of(Role.INSTITUTION), person.institutionId(), null));
        List<String> shortTasks = suggestion.tasks().stream().filter(t -> !t.passing()).map(TaskProgress::task).toList();
        verdicts.computeIfAbsent(person.staffId(), id -> new ArrayList<>()).add(quarter.toString().substring(2) + " "
                + suggestion.verdict() + (shortTasks.isEmpty() ? "" : " " + shortTasks));
    }

    private void rate(StaffRow person, int year) {
        StaffRow now = staff.findById(person.staffId()).orElseThrow();
        if ("DISMISSED".equals(now.state())) return;
        Suggestion standing = progress.suggestion(term(person), now, Quarter.of(YearMonth.of(year, 12)));
        commands.send(new RecordAnnualRating(term(person).staffId(), year,
                standing.verdict() == Suggestion.Verdict.PASS ? AnnualRating.COMPETENT
                        : AnnualRating.BASICALLY_COMPETENT), COMMISSION);
    }

    /** Carries every open case through the procedure, acting each role, over the month's working days. */
    private void runProcedures(YearMonth month) {
        at(month.atDay(16), 9);
        for (CaseRow open : cases.search(null, null, null, null, null, Pageable.unpaged())) {
            if (open.state().closed()) continue;
            StaffRow person = staff.findById(open.staffId()).orElseThrow();
            String id = open.caseId();
            Actor branch = new Actor("demo-branch-" + person.institutionId(), Set.of(Role.PARTY_BRANCH),
                    person.institutionId(), null);
            if (open.state() == CaseState.OPENED) {
                commands.send(new ProposeCase(id, "grounds: " + open.grounds().stream().map(CaseRow.GroundEntry::ground)
                        .collect(Collectors.joining(", ")), List.of("assessment records")), branch);
                commands.send(new ReviewQualification(id, Qualification.CONFIRMED, "demo review"), HR);
                commands.send(new AssessCase(id, new BigDecimal("60"), new BigDecimal("70"), new BigDecimal("65"),
                        new BigDecimal("0.7"), new BigDecimal("0.2"), new BigDecimal("0.1")), ASSESSOR);
                Decision decision = open.kind() == CaseKind.DOWNGRADE ? Decision.DOWNGRADE
                        : open.kind() == CaseKind.RESTORATION ? Decision.RESTORE : Decision.DISMISS;
                commands.send(new DecideCase(id, 9, 7, 6, decision, gradeFor(decision, person)), COMMITTEE);
                commands.send(new StartNotice(id, LocalDate.now(clock)), HR);
            }
        }
        at(month.atDay(28), 9);
        for (CaseRow open : cases.search(CaseState.NOTICE_CLOSED, null, null, null, null,
                Pageable.unpaged())) {
            StaffRow person = staff.findById(open.staffId()).orElseThrow();
            commands.send(new ApproveCase(open.caseId(), true, "demo approval"), COMMISSION);
            CaseRow approved = cases.findById(open.caseId()).orElseThrow();
            if (approved.state() == CaseState.APPROVED) {
                commands.send(new SignAgreement(open.caseId(), LocalDate.now(clock), approved.decidedPostGrade(), 24),
                        new Actor("demo-" + person.institutionId(), Set.of(Role.INSTITUTION), person.institutionId(),
                                null));
            }
        }
    }

    /** A down-grade goes to the top grade of the band below the title's; a restoration back to the first grade. */
    private Integer gradeFor(Decision decision, StaffRow person) {
        return switch (decision) {
            case DOWNGRADE -> person.rank() == Rank.FULL_SENIOR ? 5 : 8;
            case RESTORE -> grades.findByStaffIdOrderByFromAsc(person.staffId()).get(0).postGrade();
            default -> null;
        };
    }

    private void print(DemoScenario scenario, List<StaffRow> people, double seconds) {
        out.println("Nengshang demonstration: " + people.size() + " seniors of the Cele County consortium, "
                + scenario.start().toLocalDate() + " to " + LocalDate.now(clock) + " in simulated time");
        for (StaffRow before : people) {
            StaffRow person = staff.findById(before.staffId()).orElseThrow();
            String verdictList = String.join(", ", verdicts.getOrDefault(person.staffId(), List.of()));
            String periods = rectifications.findByTermIdOrderByStartsOn(person.termId()).stream()
                    .map(r -> r.view().quarter() + "→" + r.view().state()).collect(Collectors.joining(", "));
            String caseList = cases.findByStaffIdOrderByOpenedAt(person.staffId()).stream()
                    .map(c -> c.kind() + " " + c.state() + " (" + c.grounds().stream().map(CaseRow.GroundEntry::ground)
                            .distinct().collect(Collectors.joining("+")) + ")")
                    .collect(Collectors.joining("; "));
            String timeline = grades.findByStaffIdOrderByFromAsc(person.staffId()).stream()
                    .map(p -> String.valueOf(p.postGrade())).collect(Collectors.joining("→"));
            out.printf("%s %-10s %-13s %-12s | verdicts: %s | rectifications: %s | cases: %s | outcome: %s, post grade %s%n",
                    person.staffId(), person.name(), person.rank(), scenario.staff().get(person.staffId()),
                    verdictList.isEmpty() ? "-" : verdictList, periods.isEmpty() ? "none" : periods,
                    caseList.isEmpty() ? "none" : caseList, person.state(), timeline);
        }
        Map<String, Long> outcomes = people.stream().map(p -> staff.findById(p.staffId()).orElseThrow().state())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        out.printf("outcomes: %s; the term and its aftermath simulated in %.1f s%n", outcomes, seconds);
    }
}
