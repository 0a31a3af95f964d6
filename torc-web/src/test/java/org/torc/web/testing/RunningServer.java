package org.torc.web.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A real Torc server on Payara Micro for HTTP-level tests.
 *
 * <p>Each distinct set of system properties boots one server per test JVM, on a free port, with a
 * scratch H2 database in its own directory; later callers with the same properties share it.
 * Booting costs about ten seconds, so tests should share servers whenever their configuration
 * allows. Servers stop when the JVM exits. Every {@code torc.*} logger logs at the finest level
 * into {@link #log()}, so tests can check log lines.
 *
 * <p>The Payara Micro jar and the WAR are found through the system properties {@code
 * torc.test.payaraJar} and {@code torc.test.war} (set by the build), else under {@code target/}.
 */
public final class RunningServer {

    private static final Map<Map<String, String>, RunningServer> SHARED = new ConcurrentHashMap<>();
    private static final Duration BOOT_TIMEOUT = Duration.ofSeconds(240);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final Path workDir;
    private final Path logFile;
    private final int port;

    private RunningServer(Process process, Path workDir, Path logFile, int port) {
        this.process = process;
        this.workDir = workDir;
        this.logFile = logFile;
        this.port = port;
    }

    /** The server with default settings (authentication off), shared by every caller. */
    public static RunningServer shared() {
        return shared(Map.of());
    }

    /** The server started with these system properties, shared by callers that pass the same. */
    public static RunningServer shared(Map<String, String> systemProperties) {
        Map<String, String> key = new TreeMap<>(systemProperties);
        return SHARED.computeIfAbsent(key, RunningServer::start);
    }

    /** A server of the caller's own, which the caller stops; for tests that restart or kill it. */
    public static RunningServer start(Map<String, String> systemProperties) {
        try {
            Path workDir = Files.createTempDirectory("torc-it-");
            return start(systemProperties, workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a server whose database and runtime live in {@code workDir}; starting again with the
     * same directory reopens the same database.
     */
    public static RunningServer start(Map<String, String> systemProperties, Path workDir) {
        try {
            int port = freePort();
            Path logFile = workDir.resolve("server-" + port + ".log");
            Process process =
                    new ProcessBuilder(command(systemProperties, workDir, port))
                            .redirectErrorStream(true)
                            .redirectOutput(logFile.toFile())
                            .start();
            RunningServer server = new RunningServer(process, workDir, logFile, port);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(Map<String, String> props, Path workDir, int port)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx384m");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Dtorc.database.url=" + workDir.resolve("torc.db"));
        props.forEach((name, value) -> cmd.add("-D" + name + "=" + value));
        cmd.addAll(
                List.of(
                        "-jar",
                        artifact("torc.test.payaraJar", "target/payara/payara-micro.jar"),
                        "--nohazelcast",
                        "--deploy",
                        artifact("torc.test.war", "target/torc.war"),
                        "--contextroot",
                        "/",
                        "--port",
                        Integer.toString(port),
                        "--rootdir",
                        workDir.resolve("payara").toString(),
                        "--logproperties",
                        loggingProperties(workDir).toString()));
        return cmd;
    }

    private static String artifact(String property, String fallback) {
        Path path = Path.of(System.getProperty(property, fallback)).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(
                    path + " is missing: run the tests with mvn verify, which builds it");
        }
        return path.toString();
    }

    private static Path loggingProperties(Path workDir) throws IOException {
        Path file = workDir.resolve("logging.properties");
        String text =
                String.join(
                        "\n",
                        "handlers=java.util.logging.ConsoleHandler",
                        "java.util.logging.ConsoleHandler.level=ALL",
                        "java.util.logging.ConsoleHandler.formatter="
                                + "java.util.logging.SimpleFormatter",
                        "java.util.logging.SimpleFormatter.format="
                                + "%1$tFT%1$tT.%1$tL %4$s %3$s %5$s%6$s%n",
                        ".level=WARNING",
                        "javax.enterprise.system.security.ssl.level=OFF",
                        "torc.level=ALL",
                        "");
        Files.writeString(file, text);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + BOOT_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("server exited during boot:\n" + log());
            }
            if (pingAnswers()) {
                return;
            }
            sleep(250);
        }
        stop();
        throw new IllegalStateException("server not ready after " + BOOT_TIMEOUT + ":\n" + log());
    }

    /**
     * Ready when the application answers ping: with its body, or, when authentication is required,
     * with the Basic challenge (the deployed application is what sends it).
     */
    private boolean pingAnswers() {
        try {
            HttpRequest request =
                    HttpRequest.newBuilder(uri("/torc-service/v1/ping"))
                            .timeout(Duration.ofSeconds(5))
                            .build();
            HttpResponse<String> response =
                    HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            boolean challenged =
                    response.statusCode() == 401
                            && response.headers().firstValue("WWW-Authenticate").isPresent();
            return challenged || response.statusCode() == 200 && response.body().contains("ok");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The service's base, e.g. {@code http://127.0.0.1:34567/torc-service/v1}. */
    public URI baseUri() {
        return uri("/torc-service/v1");
    }

    /** An address on this server, e.g. {@code uri("/health")}. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    /** The directory holding this server's database, runtime files and log. */
    public Path workDir() {
        return workDir;
    }

    /** Everything the server has logged so far. */
    public String log() {
        try {
            return Files.readString(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Stops the server gracefully (SIGTERM), killing it if it does not stop in time. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the server at once (SIGKILL), as a crash would. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }
}
