package cn.nengshang.ledger.e2e;

import cn.nengshang.ledger.NengshangApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service killed with {@code kill -9} leaves its embedded PostgreSQL running; the next start shuts that
 * server down and comes up on the same data, with everything that was acknowledged before the kill.
 */
class CrashRestartTest {

    @TempDir
    Path data;

    private Process start(int port, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Daxoniq.update-checker.disabled=true", NengshangApplication.class.getName(),
                "--server.port=" + port, "--nengshang.data-dir=" + data, "--nengshang.db.durable=true")
                // from a folder of its own, with the seeds it ships: it runs from anywhere
                .directory(data.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitReady(int port, Process process) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant until = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(until)) {
            assertThat(process.isAlive()).as("the service is still starting").isTrue();
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the service did not become ready");
    }

    private Optional<ProcessHandle> postgres() throws IOException {
        Path pid = data.resolve("postgres/postmaster.pid");
        if (!Files.exists(pid)) return Optional.empty();
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip())).filter(ProcessHandle::isAlive);
    }

    @Test
    void afterKillMinusNineTheServiceComesUpOnTheSameData() throws Exception {
        int port = freePort();
        Process first = start(port, data.resolveSibling(data.getFileName() + "-first.log"));
        Process second = null;
        try {
            awaitReady(port, first);
            Api hr = new Api(port).as("hr-officer", null, null, "HR_CENTER");
            assertThat(hr.post("/staff", Map.of("staffId", "CRASH-1", "name", "崩溃测试", "institutionId",
                    "cele-people-hospital", "departmentId", "cele-people-hospital.orthopaedics", "rank", "FULL_SENIOR",
                    "titleName", "主任医师", "profession", "CLINICAL", "specialtyCode", "0116")).status()).isEqualTo(201);

            first.destroyForcibly().waitFor();
            assertThat(postgres()).as("the embedded PostgreSQL outlives the killed service").isPresent();

            int again = freePort();
            second = start(again, data.resolveSibling(data.getFileName() + "-second.log"));
            awaitReady(again, second);
            Api after = new Api(again).as("hr-officer", null, null, "HR_CENTER");
            assertThat(after.get("/staff/CRASH-1").body().path("name").asText()).isEqualTo("崩溃测试");
            assertThat(after.get("/staff/CRASH-1/history").body().findValuesAsText("type")).containsExactly("StaffRegistered");
        } finally {
            for (Process process : List.of(first, second == null ? first : second)) {
                process.destroy();
                process.waitFor();
            }
            postgres().ifPresent(ProcessHandle::destroyForcibly);
        }
    }
}
