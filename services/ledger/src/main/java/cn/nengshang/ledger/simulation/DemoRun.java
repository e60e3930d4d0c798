package cn.nengshang.ledger.simulation;

import cn.nengshang.ledger.appointment.query.PostGradePeriodRepository;
import cn.nengshang.ledger.casework.query.CaseRepository;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.term.query.ProgressQueries;
import cn.nengshang.ledger.term.query.RecordReader;
import cn.nengshang.ledger.term.query.RectificationRepository;
import cn.nengshang.policy.catalog.PostGrades;
import cn.nengshang.policy.progress.Quarter;
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
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Runs the demo consortium through its term in simulated time: the scenario file says who follows which
 * pattern, the driver plays every role month by month, the printer shows what the record then says.
 */
@Component
@Profile("simulation")
@ConditionalOnProperty("nengshang.demo-run")
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRun.class);
    private static final ZoneOffset CELE = ZoneOffset.ofHours(8);

    private final SimulatedTime time;
    private final SimulationClock clock;
    private final PeopleDirectory people;
    private final PublishedPolicies policies;
    private final DemoDriver driver;
    private final DemoPrinter printer;
    private final ObjectMapper json;
    private final ConfigurableApplicationContext context;
    private final Path scenarioFile;
    private final boolean exit;

    DemoRun(Commands commands, SimulatedTime time, SimulationClock clock, PeopleDirectory people,
            ProgressQueries progress, RecordReader records, CaseRepository cases,
            RectificationRepository rectifications, PostGradePeriodRepository grades, PublishedPolicies policies,
            PostGrades postGrades, ObjectMapper json, ConfigurableApplicationContext context,
            @Value("${nengshang.demo-run}") Path scenarioFile, @Value("${nengshang.demo-run-exit:true}") boolean exit) {
        this.time = time;
        this.clock = clock;
        this.people = people;
        this.policies = policies;
        this.driver = new DemoDriver(commands, clock, people, progress, records, cases, grades, policies, postGrades);
        this.printer = new DemoPrinter(people, rectifications, cases, grades);
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
        List<PersonOnRecord> everyone = scenario.staff().keySet().stream().sorted()
                .map(id -> people.find(StaffId.of(id)).orElseThrow()).toList();
        YearMonth first = YearMonth.from(scenario.start());
        int termMonths = policies.inForceOn(first.atDay(1)).termMonths();
        for (int m = 1; m <= termMonths; m++) {
            YearMonth month = first.plusMonths(m - 1L);
            int termMonth = m;
            at(month.plusMonths(1).atDay(5), 9);
            for (PersonOnRecord person : everyone) {
                DemoScenario.Pattern pattern = scenario.patterns().get(scenario.staff().get(person.staffId()));
                if (pattern.reports(termMonth)) driver.report(person, month, pattern.idleMonths().contains(termMonth));
                if (pattern.reports(termMonth) && termMonth == pattern.reportsFrom()) driver.mentees(person);
                if (pattern.achievements() && termMonth == termMonths / 2) driver.achievements(person, month);
            }
            if (month.equals(Quarter.of(month).lastMonth())) {
                at(month.plusMonths(1).atDay(15), 10);
                everyone.forEach(person -> driver.verdict(person, Quarter.of(month)));
            }
            if (month.getMonthValue() == 12) {
                at(month.plusMonths(1).atDay(15), 11);
                everyone.forEach(person -> driver.rate(person, month.getYear()));
            }
            runProcedures(month.plusMonths(1));
        }
        at(first.plusMonths(termMonths + 1L).atDay(11), 9);
        runProcedures(first.plusMonths(termMonths + 1L));
        printer.print(new PrintStream(System.out, true, StandardCharsets.UTF_8), scenario, everyone, driver.verdicts(),
                LocalDate.now(clock), (System.nanoTime() - began) / 1_000_000_000.0);
    }

    /** Each month's cases: proposed and on notice by the 16th, approved and signed on the 28th. */
    private void runProcedures(YearMonth month) {
        at(month.atDay(16), 9);
        driver.propose(LocalDate.now(clock));
        at(month.atDay(28), 9);
        driver.approve(LocalDate.now(clock));
    }

    private void at(LocalDate day, int hour) {
        time.advanceTo(OffsetDateTime.of(day, LocalTime.of(hour, 0), CELE).toInstant());
    }
}
