package cn.nengshang.ledger.demo;

import cn.nengshang.ledger.promotion.api.ContinuingEducationRecorded;
import cn.nengshang.ledger.promotion.api.ExamPassRecorded;
import cn.nengshang.ledger.promotion.api.QualificationsRecorded;
import java.util.Set;
import java.time.LocalDate;
import java.time.Clock;
import cn.nengshang.ledger.common.Role;
import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.policy.facts.AnnualRating;
import cn.nengshang.policy.promotion.Education;
import cn.nengshang.ledger.assessment.api.AnnualRatingRecorded;
import cn.nengshang.ledger.assessment.api.RecordAnnualRating;
import cn.nengshang.ledger.promotion.api.RecordContinuingEducation;
import cn.nengshang.ledger.promotion.api.RecordExamPass;
import cn.nengshang.ledger.promotion.api.RecordQualifications;
import cn.nengshang.ledger.calendar.api.ReplaceCalendar;
import cn.nengshang.ledger.calendar.api.WorkingCalendar;
import cn.nengshang.ledger.common.Actor;
import cn.nengshang.ledger.common.Commands;
import cn.nengshang.ledger.config.NengshangProperties;
import cn.nengshang.ledger.config.SeedFolder;
import cn.nengshang.ledger.organisation.Organisation;
import cn.nengshang.ledger.policies.api.PublishPolicy;
import cn.nengshang.ledger.policies.api.PublishedPolicies;
import cn.nengshang.ledger.staff.api.RegisterStaff;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.term.api.StartTerm;
import cn.nengshang.policy.Profession;
import cn.nengshang.policy.Rank;
import cn.nengshang.policy.casework.WorkingDays;
import cn.nengshang.policy.facts.Baselines;
import cn.nengshang.policy.rules.Policy;
import cn.nengshang.policy.rules.PolicyLoader;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * On start: the policy versions of {@code seeds/policy} not yet published, the holiday calendars of
 * {@code seeds/calendar} not yet in place, the organisation from {@code seeds/demo/organisation.json}, then (when {@code nengshang.demo})
 * each staff member of {@code seeds/demo/staff.tsv} whose record does not exist yet, registered and
 * appointed through the same commands as the API uses. Loading twice adds nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final NengshangProperties properties;
    private final SeedFolder seeds;
    private final Organisation organisation;
    private final Commands commands;
    private final EventStore eventStore;
    private final PublishedPolicies policies;
    private final WorkingCalendar calendar;
    private final Clock clock;

    SeedLoader(NengshangProperties properties, SeedFolder seeds, Organisation organisation, Commands commands,
               EventStore eventStore, PublishedPolicies policies, WorkingCalendar calendar, Clock clock) {
        this.clock = clock;
        this.properties = properties;
        this.seeds = seeds;
        this.organisation = organisation;
        this.commands = commands;
        this.eventStore = eventStore;
        this.policies = policies;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        int published = publishPolicies(seeds.resolve("policy"));
        int calendars = placeCalendars(seeds.resolve("calendar"));
        Path folder = seeds.resolve("demo");
        int units = organisation.load(folder.resolve("organisation.json"));
        int people = properties.demo() ? loadStaff(folder.resolve("staff.tsv")) : 0;
        int qualified = properties.demo() ? loadQualifications(folder.resolve("qualifications.tsv")) : 0;
        log.info("seeds loaded: {} policy versions, {} holiday calendars, {} institutions and departments, {} staff added,"
                        + " {} with the facts of the title rules", published, calendars, units, people, qualified);
    }

    /**
     * Puts in place each calendar file ({@code national-2026.tsv} is calendar {@code national-2026}) that is not
     * in place yet; one an administrator has replaced stays as they left it.
     */
    private int placeCalendars(Path folder) {
        int placed = 0;
        for (Map.Entry<String, List<WorkingDays.Day>> file : WorkingDays.calendarsIn(folder).entrySet()) {
            if (!calendar.has(file.getKey())) {
                commands.send(new ReplaceCalendar(file.getKey(), file.getValue()), Actor.SYSTEM);
                placed++;
            }
        }
        return placed;
    }

    /** Publishes each policy file whose version has not been published yet. */
    private int publishPolicies(Path folder) {
        int published = 0;
        for (Policy policy : PolicyLoader.loadFolder(folder).versions()) {
            if (policies.book().find(policy.policyId()).isEmpty()) {
                commands.send(new PublishPolicy(policy.policyId(), read(folder, policy.policyId())), Actor.SYSTEM);
                published++;
            }
        }
        return published;
    }

    private static String read(Path folder, String policyId) {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String document = Files.readString(file, StandardCharsets.UTF_8);
                if (PolicyLoader.read(document, file.toString()).policyId().equals(policyId)) {
                    return document;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        throw new IllegalStateException("no file for policy " + policyId);
    }

    private int loadStaff(Path file) {
        int added = 0;
        for (String line : lines(file)) {
            String[] cell = line.split("\t", -1);
            StaffId staffId = StaffId.of(cell[0]);
            if (eventStore.lastSequenceNumberFor(staffId.value()).isPresent()) {
                continue;
            }
            commands.send(new RegisterStaff(staffId, cell[1], cell[2], cell[3], Rank.valueOf(cell[4]), cell[5],
                    Profession.valueOf(cell[6]), cell[7]), Actor.SYSTEM);
            commands.send(new StartTerm(staffId, YearMonth.parse(cell[9]), null, Integer.parseInt(cell[8]),
                    baselines(cell.length > 10 ? cell[10] : "")), Actor.SYSTEM);
            added++;
        }
        return added;
    }

    /** The commission, for the ratings of the years before the scheme that the title rules read. */
    private static final Actor COMMISSION = new Actor("system", Set.of(Role.COMMISSION), null, null);

    /**
     * The demo seniors' facts for the title rules (seeds/demo/qualifications.tsv): education, the day the title was
     * obtained, an exceptional achievement, exam passes, continuing education and the ratings of the years before the
     * scheme. Each start reads each person's record once and records only what it does not hold yet, so a later start
     * sends nothing; a fact dated after today (simulated time starts early) waits for a later start.
     */
    private int loadQualifications(Path file) {
        if (!Files.exists(file)) return 0;
        LocalDate today = LocalDate.now(clock.withZone(BusinessTime.ZONE));
        int people = 0;
        for (String line : lines(file)) {
            String[] cell = line.split("\\t", -1);
            StaffId staffId = StaffId.of(cell[0]);
            if (eventStore.lastSequenceNumberFor(staffId.value()).isEmpty()) continue;
            Held held = held(staffId);
            LocalDate obtained = LocalDate.parse(cell[2]);
            if (obtained.isAfter(today)) continue;
            if (!held.qualified()) {
                commands.send(new RecordQualifications(staffId, Education.valueOf(cell[1]), obtained,
                        cell[3].isBlank() ? null : cell[3], cell[3].isBlank() ? null : obtained), Actor.SYSTEM);
            }
            for (String passed : cell[4].split(",")) {
                LocalDate day = passed.isBlank() ? null : LocalDate.parse(passed.strip());
                if (day != null && !day.isAfter(today) && !held.passes().contains(day)) {
                    commands.send(new RecordExamPass(staffId, day), Actor.SYSTEM);
                }
            }
            for (String[] year : pairs(cell[5])) {
                int y = Integer.parseInt(year[0]);
                if (y < today.getYear() && !held.educationYears().contains(y)) {
                    commands.send(new RecordContinuingEducation(staffId, y, "yes".equals(year[1])), Actor.SYSTEM);
                }
            }
            for (String[] rating : pairs(cell[6])) {
                int y = Integer.parseInt(rating[0]);
                if (y < today.getYear() && !held.ratedYears().contains(y)) {
                    commands.send(new RecordAnnualRating(staffId, y, AnnualRating.valueOf(rating[1])), COMMISSION);
                }
            }
            people++;
        }
        return people;
    }

    /** What a person's record already holds of the facts the demo gives them. */
    private record Held(boolean qualified, Set<LocalDate> passes, Set<Integer> educationYears, Set<Integer> ratedYears) {
    }

    private Held held(StaffId staffId) {
        boolean qualified = false;
        Set<LocalDate> passes = new java.util.HashSet<>();
        Set<Integer> education = new java.util.HashSet<>();
        Set<Integer> rated = new java.util.HashSet<>();
        var stream = eventStore.readEvents(staffId.value(), 0);
        while (stream.hasNext()) {
            Object payload = stream.next().getPayload();
            if (payload instanceof QualificationsRecorded) qualified = true;
            else if (payload instanceof ExamPassRecorded pass) passes.add(pass.passedOn());
            else if (payload instanceof ContinuingEducationRecorded cme) education.add(cme.year());
            else if (payload instanceof AnnualRatingRecorded rating) rated.add(rating.year());
        }
        return new Held(qualified, passes, education, rated);
    }

    private static List<String[]> pairs(String cell) {
        return java.util.Arrays.stream(cell.split(";")).filter(p -> p.contains("=")).map(p -> p.strip().split("="))
                .toList();
    }

    /** Baselines written as {@code specialtyScore=80;qcPassRate=90;...}. */
    private static Baselines baselines(String cell) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (String pair : cell.split(";")) {
            String[] kv = pair.split("=");
            if (kv.length == 2) values.put(kv[0].strip(), new BigDecimal(kv[1].strip()));
        }
        return new Baselines(values.get("specialtyScore"), values.get("qcPassRate"), values.get("indicatorRate"),
                values.get("disputeRate"));
    }

    private static List<String> lines(Path file) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return all.subList(1, all.size()).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
