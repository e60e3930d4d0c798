package cn.nengshang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A data set too large to write through the API in a benchmark's time, written straight into the event store: each
 * senior's events are a template senior's, as the product itself serialized them (registered, a term started, a
 * month reported over HTTP, that month closed by the term's process), with the person, the department and the month
 * put in. Each senior has a term of 24 months from the scheme's first month, every month reported and closed.
 * <p>
 * Only what the task-progress projection and HR's lists need follows them: the people directory reads them (its
 * processor catches up); every other processor — the sagas among them — is set past them, so that no deadline or
 * command is triggered by history that did not happen through the product.
 */
final class Bulk {

    static final String TEMPLATE = "BENCH-TEMPLATE";
    /** The processor that builds the people directory, the one read model besides the progress projection. */
    static final String DIRECTORY = "staff";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 2_000;
    /** How the event store writes an event's time: to the millisecond, in UTC. */
    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Bulk() {
    }

    /** A stored event of the template senior. */
    record Stored(String type, String payloadType, String revision, String payload, byte[] metaData) {
    }

    /** The template senior's registration, term start, one month's report and that month's closing. */
    record Template(Stored registered, Stored started, Stored report, Stored closed, YearMonth month) {
    }

    /** Writes the template senior through the API and waits until their month is closed by the term's process. */
    static Template template(Ledger ledger, String hr, String department, String departmentToken,
                             String institution, YearMonth month, String jdbcUrl) throws Exception {
        Map<String, Object> registration = new LinkedHashMap<>(Map.of("staffId", TEMPLATE, "name", "基准测试医生",
                "institutionId", institution, "departmentId", department, "rank", "ASSOCIATE_SENIOR",
                "titleName", "副主任医师", "profession", "CLINICAL", "specialtyCode", "0115"));
        expect(ledger.send("POST", "/api/v1/staff", hr, registration), 201);
        expect(ledger.send("POST", "/api/v1/staff/" + TEMPLATE + "/terms", hr,
                Map.of("startMonth", month.toString(), "postGrade", 6)), 201);
        expect(ledger.send("PUT", "/api/v1/terms/" + TEMPLATE + ".T1/monthly-reports/" + month, departmentToken,
                Bench.reportOf(month)), 201);
        // the term's process closes the month at its due day, long past: within its scheduler's next rounds
        long until = System.nanoTime() + 30_000_000_000L;
        Map<String, Stored> events = templateEvents(jdbcUrl);
        while (!events.containsKey("TermMonthClosed") && System.nanoTime() < until) {
            Thread.sleep(500);
            events = templateEvents(jdbcUrl);
        }
        Stored started = events.get("TermStarted");
        Stored closed = events.get("TermMonthClosed");
        if (closed == null) {
            // the report came after the process had found it missing: the closing is written as the process would
            JsonNode term = JSON.readTree(started.payload());
            ObjectNode payload = JSON.createObjectNode().set("staffId", term.get("staffId"));
            payload.set("termId", term.get("termId"));
            payload.put("month", month.toString());
            closed = new Stored(started.type(), "TermMonthClosed", "1", JSON.writeValueAsString(payload),
                    started.metaData());
        }
        return new Template(events.get("StaffRegistered"), started, events.get("MonthlyReportSubmitted"), closed,
                month);
    }

    private static Map<String, Stored> templateEvents(String jdbcUrl) throws SQLException {
        Map<String, Stored> events = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement s = c.prepareStatement("select type, payload_type, payload_revision, payload, meta_data"
                     + " from domain_event_entry where aggregate_identifier = ? order by sequence_number")) {
            s.setString(1, TEMPLATE);
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    events.putIfAbsent(row.getString(2), new Stored(row.getString(1), row.getString(2),
                            row.getString(3), new String(row.getBytes(4), StandardCharsets.UTF_8), row.getBytes(5)));
                }
            }
        }
        return events;
    }

    /** A senior to write: who, and where they work. */
    record Person(String staffId, String institution, String department) {
    }

    /**
     * Writes every person's registration and term from the scheme's first month, then month by month every
     * person's report and its closing, in the order and at the times they would have happened. The ledger must be
     * stopped. Returns the number of events written.
     */
    static long write(String jdbcUrl, Template template, List<Person> people, YearMonth first, int months)
            throws Exception {
        long written = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl + "&reWriteBatchedInserts=true")) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into domain_event_entry (global_index,"
                    + " aggregate_identifier, sequence_number, type, event_identifier, meta_data, payload,"
                    + " payload_revision, payload_type, time_stamp)"
                    + " values (nextval('domain_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Batch batch = new Batch(c, insert);
                Instant registered = first.atDay(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8)).minusSeconds(86_400);
                for (int i = 0; i < people.size(); i++) {
                    Person p = people.get(i);
                    Instant at = registered.plusMillis(i * 10L);
                    batch.add(p.staffId(), 0, template.registered(), registered(template, p), at);
                    batch.add(p.staffId(), 1, template.started(), started(template, p, first), at.plusMillis(5));
                }
                for (int m = 0; m < months; m++) {
                    YearMonth month = first.plusMonths(m);
                    Instant reported = month.plusMonths(1).atDay(3).atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
                    for (int i = 0; i < people.size(); i++) {
                        Person p = people.get(i);
                        batch.add(p.staffId(), 2 + 2L * m, template.report(), report(template, p, month),
                                reported.plusMillis(i * 10L));
                    }
                    // at the end of the due day (the 10th), Cele time, as the term's process closes a month
                    Instant closed = LocalDate.of(month.plusMonths(1).getYear(), month.plusMonths(1).getMonth(), 10)
                            .plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
                    for (int i = 0; i < people.size(); i++) {
                        Person p = people.get(i);
                        batch.add(p.staffId(), 3 + 2L * m, template.closed(), closed(template, p, month),
                                closed.plusMillis(i));
                    }
                }
                written = batch.finish();
            }
        }
        return written;
    }

    /**
     * Sets every processor but the people directory's past the events written, so that only the directory reads
     * them (and the task-progress projection, when it is replayed).
     */
    static void skipProcessors(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            long head;
            try (ResultSet row = s.executeQuery("select max(global_index) from domain_event_entry")) {
                row.next();
                head = row.getLong(1);
            }
            String type = null;
            ObjectNode token = null;
            try (ResultSet row = s.executeQuery("select token_type, token from token_entry"
                    + " where token_type like '%GapAwareTrackingToken' limit 1")) {
                if (row.next()) {
                    type = row.getString(1);
                    token = (ObjectNode) JSON.readTree(row.getBytes(2));
                }
            }
            if (token == null) throw new IllegalStateException("no processor has a token to copy");
            token.put("index", head);
            token.putArray("gaps");
            try (PreparedStatement update = c.prepareStatement("update token_entry set token = ?, token_type = ?"
                    + " where processor_name <> ?")) {
                update.setBytes(1, JSON.writeValueAsBytes(token));
                update.setString(2, type);
                update.setString(3, DIRECTORY);
                update.executeUpdate();
            }
        }
    }

    private static String registered(Template template, Person p) throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree(person(template.registered().payload(), p));
        payload.put("institutionId", p.institution());
        payload.put("departmentId", p.department());
        return JSON.writeValueAsString(payload);
    }

    private static String started(Template template, Person p, YearMonth first) throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree(person(template.started().payload(), p));
        payload.put("startMonth", first.toString());
        payload.put("months", 24);
        return JSON.writeValueAsString(payload);
    }

    private static String report(Template template, Person p, YearMonth month) throws Exception {
        ObjectNode payload = (ObjectNode) JSON.readTree(person(template.report().payload(), p)
                .replace(template.month().toString(), month.toString()));
        payload.put("late", false);
        return JSON.writeValueAsString(payload);
    }

    private static String closed(Template template, Person p, YearMonth month) {
        return person(template.closed().payload(), p).replace(template.month().toString(), month.toString());
    }

    private static String person(String payload, Person p) {
        return payload.replace(TEMPLATE, p.staffId());
    }

    private static void expect(Ledger.Reply reply, int status) {
        if (reply.status() != status) throw new IllegalStateException("expected " + status + ": " + reply);
    }

    /** Rows inserted {@value #BATCH} at a time, a transaction each. */
    private static final class Batch {

        private final Connection connection;
        private final PreparedStatement insert;
        private int pending;
        private long written;

        Batch(Connection connection, PreparedStatement insert) {
            this.connection = connection;
            this.insert = insert;
        }

        void add(String aggregate, long sequence, Stored like, String payload, Instant at) throws SQLException {
            insert.setString(1, aggregate);
            insert.setLong(2, sequence);
            insert.setString(3, like.type());
            insert.setString(4, UUID.randomUUID().toString());
            insert.setBytes(5, like.metaData());
            insert.setBytes(6, payload.getBytes(StandardCharsets.UTF_8));
            insert.setString(7, like.revision());
            insert.setString(8, like.payloadType());
            insert.setString(9, STAMP.format(at));
            insert.addBatch();
            if (++pending == BATCH) flush();
        }

        private void flush() throws SQLException {
            if (pending == 0) return;
            insert.executeBatch();
            connection.commit();
            written += pending;
            pending = 0;
        }

        long finish() throws SQLException {
            flush();
            return written;
        }
    }
}
