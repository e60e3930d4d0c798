package cn.nengshang.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark at a tiny scale, as part of the build: the ledger's jar is started on a PostgreSQL of the run's
 * own, data generated over HTTP, every figure measured and the replayed projection checked against the
 * evaluator (the run fails on a difference). Figures at this scale say nothing; that they are all there does.
 */
class BenchSmokeTest {

    @Test
    void aTinyRunMeasuresEveryFigureAgainstItsCeiling() throws Exception {
        Path repo = Path.of(System.getProperty("bench.repo", "../..")).toAbsolutePath().normalize();
        Bench.Scale tiny = Bench.Scale.named("tiny");
        String table = new Bench(repo, tiny, Math.min(2, Bench.availableMonths()), Path.of("target/smoke.md"))
                .run();

        assertThat(table).contains("| P1 month-end burst", "| P3 replay", "| P4 event", "| P5 `GET /progress`",
                "| P5 `GET /progress/summary`", "| P6 peak RSS", "single-row insert transactions/s, 8 clients",
                "| P7 the publisher to Kafka", "| P8 the Kafka intake", "Kafka messages/s acknowledged");
        assertThat(table).doesNotContain("NaN", "Infinity");
    }
}
