package cn.nengshang.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The ledger as its users run it: its own process, started from its jar on the benchmark's PostgreSQL, spoken to
 * over HTTP with development tokens. Its memory is read from the operating system and the JVM's own tools.
 */
final class Ledger implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private Ledger(Process process, int port) {
        this.process = process;
        this.base = "http://localhost:" + port;
    }

    static Ledger start(Path repo, String jdbcUrl, Path work, String heap) throws Exception {
        return start(repo, jdbcUrl, work, heap, Map.of(), List.of());
    }

    /** The ledger with more settings: environment variables and {@code --name=value} arguments. */
    static Ledger start(Path repo, String jdbcUrl, Path work, String heap, Map<String, String> settings,
                        List<String> arguments) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path jar = repo.resolve("services/ledger/target/ledger.jar");
        if (!Files.exists(jar)) throw new IllegalStateException("build the ledger first: " + jar + " is missing");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + heap));
        // more options for the ledger's JVM, a profiler's for instance: BENCH_LEDGER_OPTS="-XX:StartFlightRecording=..."
        String options = System.getenv().getOrDefault("BENCH_LEDGER_OPTS", "").strip();
        if (!options.isEmpty()) command.addAll(List.of(options.split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("ledger.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("NENGSHANG_DB_URL", jdbcUrl);
        env.put("NENGSHANG_DB_USER", "postgres");
        env.put("NENGSHANG_DB_PASSWORD", "postgres");
        env.put("NENGSHANG_DEMO", "false");
        env.put("NENGSHANG_DATA_DIR", work.resolve("data").toString());
        env.put("NENGSHANG_SEEDS_DIR", repo.resolve("seeds").toString());
        env.putAll(settings);
        Ledger ledger = new Ledger(builder.start(), port);
        ledger.awaitReady();
        return ledger;
    }

    private void awaitReady() throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < until) {
            if (!process.isAlive()) throw new IllegalStateException("the ledger stopped; see its log");
            try {
                if (get("/actuator/health/readiness", null).status() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the ledger did not become ready within 3 minutes");
    }

    record Reply(int status, JsonNode body) {
    }

    /** A development token for a role, scoped as given. */
    String token(String sub, String role, String institution, String department) throws Exception {
        Map<String, Object> claims = new java.util.HashMap<>(Map.of("sub", sub, "roles", List.of(role)));
        if (institution != null) claims.put("institution", institution);
        if (department != null) claims.put("department", department);
        Reply reply = send("POST", "/api/v1/dev/tokens", null, claims);
        if (reply.status() != 200 && reply.status() != 201) throw new IllegalStateException("no token: " + reply);
        return reply.body().path("token").asText();
    }

    Reply get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    Reply send(String method, String path, String token, Object body) throws IOException, InterruptedException {
        return send(method, path, token, body, Duration.ofMinutes(2));
    }

    /** A request that may take long: the check of a whole projection at a large scale. */
    Reply get(String path, String token, Duration timeout) throws IOException, InterruptedException {
        return send("GET", path, token, null, timeout);
    }

    private Reply send(String method, String path, String token, Object body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .header("Accept", "application/json");
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        byte[] bytes = response.body();
        JsonNode json = bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
        return new Reply(response.statusCode(), json);
    }

    /** The process's peak resident set, in MiB, from the operating system. */
    double peakRssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** The heap in use right after a full collection, in MiB, from the JVM's own tools. */
    double heapAfterGcMiB() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(process.pid()), "GC.run");
        String info = run(jcmd, String.valueOf(process.pid()), "GC.heap_info");
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        return used.find() ? Long.parseLong(used.group(1)) / 1024.0 : Double.NaN;
    }

    private static String run(String... command) throws Exception {
        Process tool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(tool.getInputStream().readAllBytes());
        tool.waitFor(1, TimeUnit.MINUTES);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
