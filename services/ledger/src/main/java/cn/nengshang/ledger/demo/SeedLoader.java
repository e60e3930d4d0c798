package cn.nengshang.ledger.demo;

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

    SeedLoader(NengshangProperties properties, SeedFolder seeds, Organisation organisation, Commands commands,
               EventStore eventStore, PublishedPolicies policies, WorkingCalendar calendar) {
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
        log.info("seeds loaded: {} policy versions, {} holiday calendars, {} institutions and departments, {} staff added",
                published, calendars, units, people);
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
