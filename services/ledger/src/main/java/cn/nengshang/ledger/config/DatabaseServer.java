package cn.nengshang.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded PostgreSQL on its own, for several replicas on one machine to share (deploy/cluster.sh):
 * durable, on the loopback only, on the given port, until the process is stopped (then a fast shutdown).
 * Run from the service's jar:
 * {@code java -Dloader.main=cn.nengshang.ledger.config.DatabaseServer -cp ledger.jar
 * org.springframework.boot.loader.launch.PropertiesLauncher <data folder> <port>}.
 */
public final class DatabaseServer {

    private DatabaseServer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 2 || !args[1].matches("[0-9]{1,5}")) {
            System.err.println("usage: DatabaseServer <data folder> <port>");
            System.exit(2);
        }
        EmbeddedPostgres postgres = EmbeddedPostgresStart.start(Path.of(args[0]), true, Integer.parseInt(args[1]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println("PostgreSQL ready: " + postgres.getJdbcUrl("postgres", "postgres"));
        stopped.await();
    }
}
