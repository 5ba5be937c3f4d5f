package org.healthlibrary.assistant;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One instance of the packaged service ({@code target/quarkus-app/quarkus-run.jar}) started as
 * its own process on a free port, with its output in a log file next to its index, for
 * {@link ReplicasIT}. Not thread-safe: one test drives it.
 */
final class ReplicaProcess implements AutoCloseable {

    final String name;
    final int port;
    private final Path log;
    private final Process process;

    private ReplicaProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts the jar with {@code settings} as system properties; does not wait for it. */
    static ReplicaProcess start(String name, Path workDir, Map<String, String> settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        for (String flag : System.getProperty("replicas.jvm.flags", "").trim().split("\\s+")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        command.add("-Dquarkus.http.port=" + port);
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-jar");
        command.add(Path.of("target/quarkus-app/quarkus-run.jar").toAbsolutePath().toString());
        Path log = workDir.resolve(name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ReplicaProcess(name, port, log, process);
    }

    /** A request to this instance. */
    RequestSpecification request() {
        return given().baseUri("http://localhost").port(port);
    }

    /** Waits until readiness is UP, failing with the log's location when it does not come within {@code wait}. */
    void awaitReady(Duration wait) throws InterruptedException {
        Instant deadline = Instant.now().plus(wait);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Instance " + name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (request().get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Instance " + name + " was not ready within " + wait.toSeconds() + " s; see " + log);
    }

    /** Kills the process at once, as a machine failure would (no graceful shutdown). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
