package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.BusinessTime;
import cn.nengshang.ledger.kernel.PeopleDirectory;
import cn.nengshang.ledger.kernel.PersonOnRecord;
import cn.nengshang.ledger.kernel.StaffId;
import cn.nengshang.ledger.kernel.TermId;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.TaskProgress;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares every projected row with the evaluator's answer from the record, as of the day the row was evaluated,
 * and lists the differences: a task whose status, figures or findings differ, a task missing on either side, a
 * row that stands as of a day before the term's last fact, a term started but not projected. While writes go on,
 * a row a moment behind the record shows as stale until the projection has handled the write.
 */
@Service
public class TaskProgressCheck {

    private final ProgressTable table;
    private final TermRepository terms;
    private final PeopleDirectory people;
    private final ProgressQueries progress;
    private final RecordReader records;
    private final ObjectMapper json;

    TaskProgressCheck(ProgressTable table, TermRepository terms, PeopleDirectory people, ProgressQueries progress,
                      RecordReader records, ObjectMapper json) {
        this.records = records;
        this.table = table;
        this.terms = terms;
        this.people = people;
        this.progress = progress;
        this.json = json;
    }

    /** A task as it stands: its status and figures; {@code findings} as written. */
    public record Standing(String status, BigDecimal target, BigDecimal expected, BigDecimal actual,
                           JsonNode findings) {
    }

    /**
     * A difference: {@code NOT_PROJECTED} (a term started, no row), {@code STALE} (the row stands as of a day before
     * the term's last fact: an event was missed), {@code TASK} (a task's status, figures or findings differ, or a
     * task is missing on one side), or {@code STANDING} (the row's appointment state, open case or rectification is
     * not the record's as of the row's day).
     */
    public record Difference(String termId, String kind, String task, Standing projected, Standing evaluated,
                             LocalDate projectedAsOf, LocalDate lastFactOn, TermStanding projectedStanding,
                             TermStanding evaluatedStanding) {

        Difference(String termId, String kind, String task, Standing projected, Standing evaluated,
                   LocalDate projectedAsOf, LocalDate lastFactOn) {
            this(termId, kind, task, projected, evaluated, projectedAsOf, lastFactOn, null, null);
        }

        static Difference notProjected(String termId) {
            return new Difference(termId, "NOT_PROJECTED", null, null, null, null, null);
        }
    }

    public record Result(long checked, List<Difference> differences) {
    }

    /** Reads the rows {@code page} terms at a time. */
    public Result check(int page) {
        List<Difference> differences = new ArrayList<>();
        Set<String> projected = new HashSet<>();
        long checked = 0;
        String after = null;
        List<ProgressTable.TermRow> rows;
        while (!(rows = table.terms(after, page)).isEmpty()) {
            for (ProgressTable.TermRow row : rows) {
                projected.add(row.placement().termId());
                differences.addAll(compare(row));
                checked++;
            }
            after = rows.get(rows.size() - 1).placement().termId();
        }
        terms.termIds().stream().filter(id -> !projected.contains(id)).sorted()
                .forEach(id -> differences.add(Difference.notProjected(id)));
        return new Result(checked, differences);
    }

    private List<Difference> compare(ProgressTable.TermRow row) {
        TermId termId = TermId.of(row.placement().termId());
        Optional<PersonOnRecord> person = people.find(StaffId.of(row.placement().staffId()));
        if (person.isEmpty()) return List.of(Difference.notProjected(termId.toString()));
        List<Difference> differences = new ArrayList<>();
        records.lastFact(termId).map(at -> LocalDate.ofInstant(at, BusinessTime.ZONE))
                .filter(day -> row.asOf().isBefore(day))
                .ifPresent(day -> differences.add(new Difference(termId.toString(), "STALE", null, null, null,
                        row.asOf(), day)));
        ProgressQueries.Projected projected = progress.projected(termId, person.get(), row.asOf());
        if (!projected.standing().equals(row.standing())) {
            differences.add(new Difference(termId.toString(), "STANDING", null, null, null, row.asOf(), null,
                    row.standing(), projected.standing()));
        }
        Progress evaluated = projected.progress();
        Map<String, Standing> kept = row.tasks().stream().collect(Collectors.toMap(ProgressTable.TaskRow::task,
                t -> new Standing(t.status().name(), t.target(), t.expected(), t.actual(), read(t.explanation()))));
        Map<String, Standing> now = evaluated.tasks().stream().collect(Collectors.toMap(TaskProgress::task,
                this::standing));
        Set<String> tasks = new TreeSet<>(kept.keySet());
        tasks.addAll(now.keySet());
        for (String task : tasks) {
            Standing k = kept.get(task);
            Standing n = now.get(task);
            if (!same(k, n)) {
                differences.add(new Difference(termId.toString(), "TASK", task, k, n, row.asOf(), null));
            }
        }
        return differences;
    }

    private Standing standing(TaskProgress task) {
        try {
            // written and read back as the kept ones were, so that numbers compare alike
            return new Standing(task.status().name(), task.target(), task.expected(), task.actual(),
                    read(json.writeValueAsString(task.explanation().findings())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("findings could not be written", e);
        }
    }

    private static boolean same(Standing a, Standing b) {
        return a != null && b != null && a.status().equals(b.status()) && numbersEqual(a.target(), b.target())
                && numbersEqual(a.expected(), b.expected()) && numbersEqual(a.actual(), b.actual())
                && Objects.equals(a.findings(), b.findings());
    }

    private static boolean numbersEqual(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private JsonNode read(String findings) {
        try {
            return json.readTree(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("kept findings could not be read", e);
        }
    }
}
