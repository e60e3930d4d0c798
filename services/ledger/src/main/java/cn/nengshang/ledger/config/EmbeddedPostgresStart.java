package cn.nengshang.ledger.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Starts the embedded PostgreSQL on its data folder, durable unless told otherwise (fsync and synchronous
 * commit on), listening on the loopback only. A server left running by a service that was killed (its
 * JVM gone, so nobody holds the folder's lock) is shut down first, so that a restart after any crash comes
 * up on the same data; a folder in use by a running service is refused.
 */
final class EmbeddedPostgresStart {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStart.class);
    private static final String LOCK = "epg-lock";
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private EmbeddedPostgresStart() {
    }

    static EmbeddedPostgres start(Path directory, boolean durable) throws IOException {
        return start(directory, durable, 0);
    }

    /** On the given port, or on a free one when it is 0. */
    static EmbeddedPostgres start(Path directory, boolean durable, int port) throws IOException {
        Files.createDirectories(directory);
        stopLeftOver(directory);
        String sync = durable ? "on" : "off";
        log.info("starting the embedded PostgreSQL with its data in {} (durable: {})", directory.toAbsolutePath(), durable);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (port != 0) builder.setPort(port);
        return builder
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", sync)
                .setServerConfig("synchronous_commit", sync)
                .setServerConfig("full_page_writes", sync)
                .setServerConfig("listen_addresses", "localhost")
                .setPGStartupWait(Duration.ofSeconds(120))
                .start();
    }

    /** Shuts down a server whose service is gone: its pid file names a live process, and the folder's lock is free. */
    private static void stopLeftOver(Path directory) throws IOException {
        Optional<ProcessHandle> server = postmaster(directory);
        if (server.isEmpty()) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(directory);
            }
        } catch (OverlappingFileLockException e) {
            throw inUse(directory);
        }
        ProcessHandle process = server.get();
        log.warn("an embedded PostgreSQL (pid {}) was left running by a service that stopped; shutting it down",
                process.pid());
        signal(process, "INT");
        if (!exited(process, SHUTDOWN)) {
            signal(process, "QUIT");
            if (!exited(process, SHUTDOWN)) {
                process.destroyForcibly();
                exited(process, SHUTDOWN);
            }
        }
    }

    private static IllegalStateException inUse(Path directory) {
        return new IllegalStateException("the data folder " + directory.toAbsolutePath()
                + " is in use by another running service");
    }

    private static Optional<ProcessHandle> postmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Fast shutdown (INT), then immediate (QUIT): PostgreSQL's own ways to stop, which keep its data safe. */
    private static void signal(ProcessHandle process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean exited(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
