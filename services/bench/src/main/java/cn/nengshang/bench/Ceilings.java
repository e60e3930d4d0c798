package cn.nengshang.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * What the database itself does on this machine, measured over JDBC in the same run as the product: single-row
 * insert transactions with 1, 4 and 8 clients, 100-row batches, and keyset reads of 1,000-row pages. Each product
 * figure is reported as a ratio against one of these.
 */
final class Ceilings {

    /** A row about the size of a stored event: a key, a payload of a monthly report, a time. */
    private static final String PAYLOAD = "{\"businessLearning\":1,\"caseDiscussions\":1,\"teachingRounds\":1,"
            + "\"skillsTrainings\":1,\"difficultCases\":2,\"grade4Operations\":1,\"countyConsultations\":4,"
            + "\"grassrootsDays\":[\"2026-01-06\",\"2026-01-13\",\"2026-01-20\",\"2026-01-27\"],"
            + "\"grassrootsServices\":65,\"grassrootsGrade2Operations\":2}";

    private final DataSource database;
    private final Duration each;

    Ceilings(DataSource database, Duration each) {
        this.database = database;
        this.each = each;
    }

    record Figures(double inserts1, double inserts4, double inserts8, double batchRows, double keysetRows) {
    }

    Figures measure(int keysetRows) throws Exception {
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_ceiling (id bigserial primary key, k text not null,"
                    + " payload jsonb not null, at timestamptz not null default now())");
            s.execute("truncate bench_ceiling");
        }
        double one = inserts(1);
        double four = inserts(4);
        double eight = inserts(8);
        double batches = batches();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into bench_ceiling (k, payload) select 'k' || g, '" + PAYLOAD + "'::jsonb"
                    + " from generate_series(1, " + keysetRows + ") g");
            s.execute("analyze bench_ceiling");
        }
        double keyset = keyset();
        try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table bench_ceiling");
        }
        return new Figures(one, four, eight, batches, keyset);
    }

    /** Single-row insert transactions per second, each committed on its own, by this many clients at once. */
    private double inserts(int clients) throws Exception {
        return concurrently(clients, c -> {
            try (PreparedStatement insert = c.prepareStatement("insert into bench_ceiling (k, payload)"
                    + " values (?, ?::jsonb)")) {
                insert.setString(1, Thread.currentThread().getName());
                insert.setString(2, PAYLOAD);
                insert.executeUpdate();
                return 1;
            }
        });
    }

    /** Rows per second written in transactions of 100-row batches, by 4 clients. */
    private double batches() throws Exception {
        return concurrently(4, c -> {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into bench_ceiling (k, payload)"
                    + " values (?, ?::jsonb)")) {
                for (int i = 0; i < 100; i++) {
                    insert.setString(1, "batch");
                    insert.setString(2, PAYLOAD);
                    insert.addBatch();
                }
                insert.executeBatch();
                c.commit();
                return 100;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    /** Rows per second read in 1,000-row pages, each page after the last key of the one before. */
    private double keyset() throws SQLException {
        long rows = 0;
        long began = System.nanoTime();
        try (Connection c = database.getConnection(); PreparedStatement page = c.prepareStatement(
                "select id, k, payload, at from bench_ceiling where id > ? order by id limit 1000")) {
            long after = 0;
            while (true) {
                page.setLong(1, after);
                int read = 0;
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        after = r.getLong(1);
                        r.getString(3);
                        read++;
                    }
                }
                rows += read;
                if (read < 1000) break;
            }
        }
        return rows / ((System.nanoTime() - began) / 1e9);
    }

    interface Work {
        int once(Connection connection) throws SQLException;
    }

    private double concurrently(int clients, Work work) throws Exception {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + each.toNanos();
        List<Thread> threads = new ArrayList<>();
        List<Exception> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        long began = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                try (Connection c = database.getConnection()) {
                    while (System.nanoTime() < until) done.addAndGet(work.once(c));
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "ceiling-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) thread.join();
        if (!failures.isEmpty()) throw failures.get(0);
        return done.get() / ((System.nanoTime() - began) / 1e9);
    }
}
