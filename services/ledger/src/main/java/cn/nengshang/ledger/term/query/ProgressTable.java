package cn.nengshang.ledger.term.query;

import cn.nengshang.ledger.common.ReadScope;
import cn.nengshang.policy.progress.Progress;
import cn.nengshang.policy.progress.Status;
import cn.nengshang.policy.progress.TaskProgress;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The task-progress projection's rows, in two tables: a row per term (its counts by status and the tasks behind
 * and failed) and a row per term and task (target, expected, actual, status, the explanation's findings). Lists
 * filter, sort and page in the database on indexed columns.
 */
@Repository
public class ProgressTable implements TaskProgressProjection.Rows {

    /** The status columns of a term's row, one per status. */
    private static final Map<Status, String> COLUMNS = Map.of(Status.MET, "met", Status.ON_TRACK, "on_track",
            Status.BEHIND, "behind", Status.FAILED, "failed", Status.PENDING, "pending",
            Status.NOT_APPLICABLE, "not_applicable");

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ProgressTable(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Where a term is kept: whose it is and where they work, for filters and for the department's incidents. */
    public record Placement(String termId, String staffId, String institutionId, String departmentId, String rank,
                            String family) {
    }

    /** A task as projected. */
    public record TaskRow(String task, BigDecimal target, BigDecimal expected, BigDecimal actual, Status status,
                          String explanation) {
    }

    /** A term as projected, with its tasks in the policy's order. */
    public record TermRow(Placement placement, String policyId, int termMonth, LocalDate asOf,
                          Map<Status, Integer> statuses, List<String> behind, List<String> failed,
                          TermStanding standing, List<TaskRow> tasks) {
    }

    /**
     * Keeps where a term stands after the event at {@code position}: its row replaced, and of its tasks only those
     * that changed, unless a later event's evaluation is kept already. Whether it was kept.
     */
    @Override
    public boolean save(Placement placement, Progress progress, TermStanding standing, long position) {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        progress.tasks().forEach(t -> counts.merge(t.status(), 1, Integer::sum));
        int kept = jdbc.update("""
                insert into progress_term (term_id, staff_id, institution_id, department_id, rank, family, policy_id,
                    term_month, as_of, met, on_track, behind, failed, pending, not_applicable, behind_tasks,
                    failed_tasks, appointment_state, open_case_id, in_rectification, position)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?)
                on conflict (term_id) do update set staff_id = excluded.staff_id,
                    institution_id = excluded.institution_id, department_id = excluded.department_id,
                    rank = excluded.rank, family = excluded.family, policy_id = excluded.policy_id,
                    term_month = excluded.term_month, as_of = excluded.as_of, met = excluded.met,
                    on_track = excluded.on_track, behind = excluded.behind, failed = excluded.failed,
                    pending = excluded.pending, not_applicable = excluded.not_applicable,
                    behind_tasks = excluded.behind_tasks, failed_tasks = excluded.failed_tasks,
                    appointment_state = excluded.appointment_state, open_case_id = excluded.open_case_id,
                    in_rectification = excluded.in_rectification, position = excluded.position
                where progress_term.position <= excluded.position""",
                placement.termId(), placement.staffId(), placement.institutionId(), placement.departmentId(),
                placement.rank(), placement.family(), progress.policyId(), progress.termMonth(), progress.asOf(),
                count(counts, Status.MET), count(counts, Status.ON_TRACK), count(counts, Status.BEHIND),
                count(counts, Status.FAILED), count(counts, Status.PENDING), count(counts, Status.NOT_APPLICABLE),
                write(tasks(progress, Status.BEHIND)), write(tasks(progress, Status.FAILED)),
                standing.appointmentState(), standing.openCaseId(), standing.inRectification(), position);
        if (kept == 0) return false;
        String[] names = progress.tasks().stream().map(TaskProgress::task).toArray(String[]::new);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "delete from progress_task where term_id = ? and not (task = any (?))");
            statement.setString(1, placement.termId());
            statement.setArray(2, connection.createArrayOf("varchar", names));
            return statement;
        });
        // a task whose figures did not change is not written again: most events change one or two of them
        jdbc.batchUpdate("""
                insert into progress_task (term_id, task, target, expected, actual, status, explanation)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                on conflict (term_id, task) do update set target = excluded.target, expected = excluded.expected,
                    actual = excluded.actual, status = excluded.status, explanation = excluded.explanation
                where (progress_task.target, progress_task.expected, progress_task.actual, progress_task.status,
                    progress_task.explanation) is distinct from (excluded.target, excluded.expected, excluded.actual,
                    excluded.status, excluded.explanation)""", progress.tasks(), progress.tasks().size(),
                (statement, task) -> {
                    statement.setString(1, placement.termId());
                    statement.setString(2, task.task());
                    statement.setBigDecimal(3, task.target());
                    statement.setBigDecimal(4, task.expected());
                    statement.setBigDecimal(5, task.actual());
                    statement.setString(6, task.status().name());
                    statement.setString(7, write(task.explanation().findings()));
                });
        return true;
    }

    private static final String DEFER = """
            insert into progress_pending (term_id, staff_id, at, position) values (?, ?, ?, ?)
            on conflict (term_id) do update set at = excluded.at, position = excluded.position, failure = null
            where progress_pending.position <= excluded.position""";

    /**
     * Each of the terms is to be evaluated later, as of the event it names, unless a later one is noted: in one
     * batch of statements.
     */
    @Override
    public void deferAll(List<Waiting> terms) {
        jdbc.batchUpdate(DEFER, terms, terms.size(), (statement, term) -> {
            statement.setString(1, term.termId());
            statement.setString(2, term.staffId());
            statement.setTimestamp(3, Timestamp.from(term.at()));
            statement.setLong(4, term.position());
        });
    }

    /**
     * The terms of a department's people that wait are to be evaluated as of this event, and with them, when
     * {@code kept} is asked for (during a replay), those kept already.
     */
    @Override
    public void deferDepartment(String institutionId, String departmentId, Instant at, long position, boolean kept) {
        if (kept) {
            jdbc.update("""
                    insert into progress_pending (term_id, staff_id, at, position)
                    select t.term_id, t.staff_id, ?, ? from progress_term t
                    where t.institution_id = ? and t.department_id = ?
                    on conflict (term_id) do update set at = excluded.at, position = excluded.position, failure = null
                    where progress_pending.position <= excluded.position""",
                    Timestamp.from(at), position, institutionId, departmentId);
        }
        jdbc.update("""
                update progress_pending p set at = ?, position = ?, failure = null from staff s
                where s.staff_id = p.staff_id and s.institution_id = ? and s.department_id = ? and p.position <= ?""",
                Timestamp.from(at), position, institutionId, departmentId, position);
    }

    /**
     * Each person's terms that wait are to be evaluated as of the event named with them, and with them, when
     * {@code kept} is asked for (during a replay), those kept already: in one batch of statements each.
     */
    @Override
    public void deferPeople(List<Moved> people, boolean kept) {
        if (people.isEmpty()) return;
        if (kept) {
            jdbc.batchUpdate("""
                    insert into progress_pending (term_id, staff_id, at, position)
                    select t.term_id, t.staff_id, ?, ? from progress_term t where t.staff_id = ?
                    on conflict (term_id) do update set at = excluded.at, position = excluded.position, failure = null
                    where progress_pending.position <= excluded.position""", people, people.size(),
                    (statement, moved) -> {
                        statement.setTimestamp(1, Timestamp.from(moved.at()));
                        statement.setLong(2, moved.position());
                        statement.setString(3, moved.staffId());
                    });
        }
        jdbc.batchUpdate("""
                update progress_pending set at = ?, position = ?, failure = null
                where staff_id = ? and position <= ?""", people, people.size(), (statement, moved) -> {
            statement.setTimestamp(1, Timestamp.from(moved.at()));
            statement.setLong(2, moved.position());
            statement.setString(3, moved.staffId());
            statement.setLong(4, moved.position());
        });
    }

    /** A person whose appointment moved, or whose case opened or concluded, at an event. */
    public record Moved(String staffId, Instant at, long position) {
    }

    /** A term waiting to be evaluated: as of the event it waits since. */
    public record Waiting(String termId, String staffId, Instant at, long position) {
    }

    /** Up to {@code limit} waiting terms no other evaluation has taken, locked until this transaction ends. */
    public List<Waiting> waiting(int limit) {
        return jdbc.query("""
                select term_id, staff_id, at, position from progress_pending where failure is null
                order by term_id limit ? for update skip locked""",
                (row, n) -> new Waiting(row.getString("term_id"), row.getString("staff_id"),
                        row.getTimestamp("at").toInstant(), row.getLong("position")), limit);
    }

    /** The term has been evaluated as of the event it waited since; a later event may have noted it again. */
    public void evaluated(Waiting waiting) {
        jdbc.update("delete from progress_pending where term_id = ? and position = ?", waiting.termId(),
                waiting.position());
    }

    /** The term's evaluation failed: kept with its failure, not tried again until its next event. */
    public void failed(Waiting waiting, String failure) {
        jdbc.update("update progress_pending set failure = ? where term_id = ? and position = ?", failure,
                waiting.termId(), waiting.position());
    }

    /** How many terms wait to be evaluated, and how many of them failed. */
    public record Backlog(long waiting, long failed) {
    }

    public Backlog backlog() {
        return jdbc.queryForObject("select count(*) filter (where failure is null), count(*) filter (where failure"
                + " is not null) from progress_pending", (row, n) -> new Backlog(row.getLong(1), row.getLong(2)));
    }

    private static int count(Map<Status, Integer> counts, Status status) {
        return counts.getOrDefault(status, 0);
    }

    private static List<String> tasks(Progress progress, Status status) {
        return progress.tasks().stream().filter(t -> t.status() == status).map(TaskProgress::task).toList();
    }

    /** The placement of a term already kept, if it is. */
    public List<Placement> placement(String termId) {
        return jdbc.query("select term_id, staff_id, institution_id, department_id, rank, family from progress_term"
                + " where term_id = ?", ProgressTable::placement, termId);
    }

    /** The terms kept for a person. */
    @Override
    public List<Placement> ofPerson(String staffId) {
        return jdbc.query("select term_id, staff_id, institution_id, department_id, rank, family from progress_term"
                + " where staff_id = ? order by term_id", ProgressTable::placement, staffId);
    }

    /** The terms kept for a department's people. */
    @Override
    public List<Placement> ofDepartment(String institutionId, String departmentId) {
        return jdbc.query("select term_id, staff_id, institution_id, department_id, rank, family from progress_term"
                + " where institution_id = ? and department_id = ? order by term_id", ProgressTable::placement,
                institutionId, departmentId);
    }

    private static Placement placement(ResultSet row, int number) throws SQLException {
        return new Placement(row.getString("term_id"), row.getString("staff_id"), row.getString("institution_id"),
                row.getString("department_id"), row.getString("rank"), row.getString("family"));
    }

    /** A person's latest term as projected, with its counts (not its tasks). */
    public Optional<TermRow> latestOf(String staffId) {
        return jdbc.query("select * from progress_term where staff_id = ? order by term_id desc limit 1",
                (row, n) -> term(row), staffId).stream().findFirst();
    }

    /** Up to {@code limit} terms after {@code afterTermId} (keyset), with their tasks. */
    public List<TermRow> terms(String afterTermId, int limit) {
        List<TermRow> terms = jdbc.query("select * from progress_term where term_id > ? order by term_id limit ?",
                (row, n) -> term(row), afterTermId == null ? "" : afterTermId, limit);
        if (terms.isEmpty()) return terms;
        Map<String, List<TaskRow>> tasks = new LinkedHashMap<>();
        jdbc.query("select * from progress_task where term_id between ? and ? order by term_id",
                (ResultSet row) -> {
                    tasks.computeIfAbsent(row.getString("term_id"), id -> new ArrayList<>()).add(new TaskRow(
                            row.getString("task"), row.getBigDecimal("target"), row.getBigDecimal("expected"),
                            row.getBigDecimal("actual"), Status.valueOf(row.getString("status")),
                            row.getString("explanation")));
                }, terms.get(0).placement().termId(), terms.get(terms.size() - 1).placement().termId());
        return terms.stream().map(t -> new TermRow(t.placement(), t.policyId(), t.termMonth(), t.asOf(),
                t.statuses(), t.behind(), t.failed(), t.standing(), tasks.getOrDefault(t.placement().termId(), List.of()))).toList();
    }

    private TermRow term(ResultSet row) throws SQLException {
        Map<Status, Integer> statuses = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            int count = row.getInt(COLUMNS.get(status));
            if (count > 0) statuses.put(status, count);
        }
        return new TermRow(placement(row, 0), row.getString("policy_id"), row.getInt("term_month"),
                row.getObject("as_of", LocalDate.class), statuses, read(row.getString("behind_tasks")),
                read(row.getString("failed_tasks")), new TermStanding(row.getString("appointment_state"),
                row.getString("open_case_id"), row.getBoolean("in_rectification")), List.of());
    }

    /** Where a list of terms is filtered: the reader's scope, and what the reader asked for. */
    public record Filter(ReadScope scope, Status status, String task, String rank, String family, String state) {
    }

    /** How a list is ordered: by a column of the term's row, then by term. */
    public enum Sort {
        TERM("t.term_id"), STAFF("t.staff_id"), NAME("s.name"), BEHIND("t.behind desc"), FAILED("t.failed desc"),
        TERM_MONTH("t.term_month desc");

        private final String order;

        Sort(String order) {
            this.order = order;
        }
    }

    /** A listed term: the projected row, with the person's name as the directory has it. */
    public record Listed(TermRow term, String name, String state, String openCaseId, boolean inRectification) {
    }

    public List<Listed> list(Filter filter, Sort sort, int offset, int limit) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(limit);
        args.add(offset);
        return jdbc.query("select t.*, s.name from progress_term t left join staff s on s.staff_id = t.staff_id"
                        + where + " order by " + sort.order + ", t.term_id limit ? offset ?",
                (row, n) -> {
                    TermRow term = term(row);
                    return new Listed(term, row.getString("name"), term.standing().appointmentState(),
                            term.standing().openCaseId(), term.standing().inRectification());
                }, args.toArray());
    }

    public long count(Filter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long total = jdbc.queryForObject("select count(*) from progress_term t" + where, Long.class, args.toArray());
        return total == null ? 0 : total;
    }

    private static String where(Filter filter, List<Object> args) {
        if (filter.scope().nothing()) return " where false";
        StringBuilder where = within(filter.scope(), args);
        condition(where, args, "t.rank = ?", filter.rank());
        condition(where, args, "t.family = ?", filter.family());
        condition(where, args, "t.appointment_state = ?", filter.state());
        if (filter.status() != null && filter.task() != null) {
            where.append(" and exists (select 1 from progress_task k where k.term_id = t.term_id and k.task = ?"
                    + " and k.status = ?)");
            args.add(filter.task());
            args.add(filter.status().name());
        } else if (filter.status() != null) {
            where.append(" and t.").append(COLUMNS.get(filter.status())).append(" > 0");
        } else if (filter.task() != null) {
            where.append(" and exists (select 1 from progress_task k where k.term_id = t.term_id and k.task = ?)");
            args.add(filter.task());
        }
        return where.toString();
    }

    /** The rows a reader's scope admits. */
    private static StringBuilder within(ReadScope scope, List<Object> args) {
        StringBuilder where = new StringBuilder(" where true");
        condition(where, args, "t.institution_id = ?", scope.institution());
        condition(where, args, "t.department_id = ?", scope.department());
        condition(where, args, "t.staff_id = ?", scope.staffId());
        return where;
    }

    private static void condition(StringBuilder where, List<Object> args, String condition, Object value) {
        if (value != null) {
            where.append(" and ").append(condition);
            args.add(value);
        }
    }

    /**
     * A dashboard's group: an institution, or a department of it, with its terms' counts; rectifications are
     * counted by term, open cases by person.
     */
    public record Group(String institutionId, String departmentId, long terms, Map<Status, Long> byStatus,
                        long behind, long inRectification, long openCases) {
    }

    /** By institution, or by department when the scope or the filter names an institution. */
    public List<Group> summary(ReadScope scope) {
        if (scope.nothing()) return List.of();
        boolean byDepartment = scope.institution() != null;
        List<Object> args = new ArrayList<>();
        StringBuilder where = within(scope, args);
        String groupBy = byDepartment ? "t.institution_id, t.department_id" : "t.institution_id";
        return jdbc.query("select " + groupBy + ", count(*) as terms, sum(t.met) as met, sum(t.on_track) as on_track,"
                        + " sum(t.behind) as behind_tasks, sum(t.failed) as failed, sum(t.pending) as pending,"
                        + " sum(t.not_applicable) as not_applicable,"
                        + " count(*) filter (where t.behind > 0) as behind,"
                        + " count(*) filter (where t.in_rectification) as in_rectification,"
                        + " count(distinct t.staff_id) filter (where t.open_case_id is not null) as open_cases"
                        + " from progress_term t" + where
                        + " group by " + groupBy + " order by " + groupBy,
                (row, n) -> {
                    Map<Status, Long> byStatus = new EnumMap<>(Status.class);
                    for (Status status : Status.values()) {
                        String column = status == Status.BEHIND ? "behind_tasks" : COLUMNS.get(status);
                        byStatus.put(status, row.getLong(column));
                    }
                    return new Group(row.getString("institution_id"),
                            byDepartment ? row.getString("department_id") : null, row.getLong("terms"), byStatus,
                            row.getLong("behind"), row.getLong("in_rectification"), row.getLong("open_cases"));
                }, args.toArray());
    }

    @Override
    public void clear() {
        jdbc.update("delete from progress_pending");
        jdbc.update("delete from progress_task");
        jdbc.update("delete from progress_term");
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a finding could not be written", e);
        }
    }

    private List<String> read(String list) {
        try {
            return List.of(json.readValue(list, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a kept list could not be read", e);
        }
    }
}
