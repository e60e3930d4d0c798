package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A replica of the service in a JVM of its own, on a shared PostgreSQL, under a node id of its own: started
 * until ready, stopped, or killed with {@code kill -9}; started again on the same port and data folder.
 */
final class ReplicaProcess {

    final String name;
    final int port;
    private final Path folder;
    private final List<String> arguments;
    private Process process;

    ReplicaProcess(Path folder, String name, String databaseUrl, String... settings) throws IOException {
        this.folder = folder;
        this.name = name;
        this.port = freePort();
        this.arguments = new ArrayList<>(List.of("--server.port=" + port, "--nengshang.node-id=" + name,
                "--nengshang.data-dir=" + folder.resolve(name), "--nengshang.db.url=" + databaseUrl,
                "--nengshang.db.user=postgres", "--nengshang.db.password=", "--nengshang.demo=false"));
        this.arguments.addAll(List.of(settings));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    ReplicaProcess start() throws Exception {
        Path data = Files.createDirectories(folder.resolve(name));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true", NengshangApplication.class.getName()));
        command.addAll(arguments);
        process = new ProcessBuilder(command).directory(data.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve(name + ".log").toFile())).start();
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) throw new AssertionError(name + " stopped while starting");
            try {
                if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) return this;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(300);
        }
        throw new AssertionError(name + " did not become ready");
    }

    Api as(String sub, String institution, String department, String... roles) {
        return new Api(port).as(sub, institution, department, roles);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is released. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
