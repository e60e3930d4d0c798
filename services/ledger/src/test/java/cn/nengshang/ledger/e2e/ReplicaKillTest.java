package cn.nengshang.ledger.e2e;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Battery item 2: two replicas in processes of their own on one PostgreSQL; while monthly reports are
 * submitted to one of them it is killed with {@code kill -9} (the other one the next round), and the callers
 * go on at the other, as behind a load balancer, sending again what was not answered. The first round submits
 * the reports, every later one corrects them all. Every submission that was acknowledged is in the record
 * afterwards, with the values it was acknowledged with.
 *
 * <p>{@code mvn verify} runs 2 rounds of 200 submissions; the battery's setting is
 * {@code -Dbattery.rounds=5 -Dbattery.submissions=1000} (README, "The reliability and security battery").
 */
class ReplicaKillTest {

    private static final int ROUNDS = Integer.getInteger("battery.rounds", 2);
    private static final int SUBMISSIONS = Integer.getInteger("battery.submissions", 200);
    /** The months before this one that a term started then covers (the first policy is in force from 2026-01). */
    private static final int MONTHS = 10;
    private static final YearMonth START = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).minusMonths(MONTHS);

    @TempDir
    Path folder;

    /** One submission: a month of one term, with its round as the number of case discussions. */
    private record Submission(String termId, YearMonth month, int value) {

        String path() {
            return "/terms/" + termId + "/monthly-reports/" + month;
        }
    }

    @Test
    void killedDuringSubmissionsNothingAcknowledgedIsLost() throws Exception {
        int seniors = (SUBMISSIONS + MONTHS - 1) / MONTHS;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Files.createDirectories(folder.resolve("postgres")))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "100").start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ReplicaProcess a = new ReplicaProcess(folder, "replica-a", url, "--spring.profiles.active=local");
            ReplicaProcess b = new ReplicaProcess(folder, "replica-b", url, "--spring.profiles.active=local");
            try {
                a.start();
                b.start();
                Api hrOnB = b.as("hr-officer", null, null, "HR_CENTER");
                List<Submission> all = new ArrayList<>();
                for (int i = 0; i < seniors; i++) {
                    String termId = Scenarios.aSurgeonWithATermFrom(hrOnB, "KILL-" + i, START);
                    for (int m = 0; m < MONTHS; m++) {
                        all.add(new Submission(termId, START.plusMonths(m), 0));
                    }
                }
                int acknowledgedInAll = 0;
                int retriedInAll = 0;
                for (int round = 1; round <= ROUNDS; round++) {
                    ReplicaProcess killed = round % 2 == 1 ? a : b;
                    ReplicaProcess survivor = killed == a ? b : a;
                    int mark = round;
                    // the same months every round: the first time submitted, then corrected with the round's values
                    List<Submission> these = all.subList(0, SUBMISSIONS).stream()
                            .map(s -> new Submission(s.termId(), s.month(), mark))
                            .toList();
                    Outcome outcome = submitWhileKilling(these, killed, survivor);
                    acknowledgedInAll += outcome.acknowledged().size();
                    retriedInAll += outcome.retried();
                    assertThat(outcome.refused()).as("round %d: refused submissions", round).isEmpty();
                    assertThat(missing(outcome.acknowledged(), survivor))
                            .as("round %d: acknowledged but missing", round).isEmpty();
                    killed.start();
                    assertThat(missing(outcome.acknowledged(), killed))
                            .as("round %d: acknowledged but missing on the restarted replica", round).isEmpty();
                }
                assertThat(acknowledgedInAll).isEqualTo(ROUNDS * SUBMISSIONS);
                assertThat(retriedInAll).as("submissions sent again after a kill").isPositive();
                Files.writeString(Path.of("target/replica-kill.txt"), ROUNDS + " rounds × " + SUBMISSIONS
                        + " submissions: " + acknowledgedInAll + " acknowledged, " + retriedInAll
                        + " sent again to the other replica after the kill, 0 acknowledged but missing\n");
            } finally {
                a.stop();
                b.stop();
            }
        }
    }

    private record Outcome(List<Submission> acknowledged, List<String> refused, int retried) {
    }

    /**
     * Four callers send the submissions to the replica to be killed, which is killed once half of them are
     * acknowledged; a caller whose request found no answer sends it again to the survivor.
     */
    private Outcome submitWhileKilling(List<Submission> submissions, ReplicaProcess killed, ReplicaProcess survivor)
            throws Exception {
        Api onKilled = killed.as("hr-officer", null, null, "HR_CENTER");
        Api onSurvivor = survivor.as("hr-officer", null, null, "HR_CENTER");
        Queue<Submission> acknowledged = new ConcurrentLinkedQueue<>();
        Queue<String> refused = new ConcurrentLinkedQueue<>();
        AtomicInteger retried = new AtomicInteger();
        Queue<Submission> queue = new ConcurrentLinkedQueue<>(submissions);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                running.add(callers.submit(() -> {
                    for (Submission next = queue.poll(); next != null; next = queue.poll()) {
                        Map<String, Object> report = new HashMap<>(ApiTestBase.report(1));
                        report.put("caseDiscussions", next.value());
                        if (next.value() > 1) report.put("correctionReason", "第 " + next.value() + " 轮更正");
                        Api.Reply reply;
                        try {
                            reply = onKilled.put(next.path(), report);
                        } catch (IllegalStateException noAnswer) {
                            retried.incrementAndGet();
                            reply = onSurvivor.put(next.path(), report);
                        }
                        if (reply.status() == 200 || reply.status() == 201) {
                            acknowledged.add(next);
                        } else {
                            refused.add(next.path() + " → " + reply.status() + " " + reply.text());
                        }
                    }
                    return null;
                }));
            }
            while (acknowledged.size() < submissions.size() / 2 && running.stream().anyMatch(f -> !f.isDone())) {
                Thread.sleep(5);
            }
            killed.kill();
            for (Future<?> caller : running) {
                caller.get();
            }
        } finally {
            callers.shutdownNow();
        }
        return new Outcome(List.copyOf(acknowledged), List.copyOf(refused), retried.get());
    }

    /** The acknowledged submissions the replica does not answer with the value acknowledged. */
    private static List<String> missing(List<Submission> acknowledged, ReplicaProcess replica) {
        Api hr = replica.as("hr-officer", null, null, "HR_CENTER");
        List<String> missing = new ArrayList<>();
        for (Submission submission : acknowledged) {
            Api.Reply stored = hr.get(submission.path());
            if (stored.status() != 200 || stored.body().path("caseDiscussions").asInt() != submission.value()) {
                missing.add(submission.path() + " → " + stored.status() + " " + stored.text());
            }
        }
        return missing;
    }
}
