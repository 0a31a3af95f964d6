package org.torc.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher, as bin/torc-server runs it: serves ping on the port it chose, and stops
 * cleanly on SIGTERM with the database file closed.
 */
class ServerLauncherIT {

    private static final Pattern READY = Pattern.compile("ready at (https?://\\S+)");

    @TempDir Path dir;

    @Test
    void runServesPingAndStopsCleanlyOnSigterm() throws Exception {
        Process launcher = launch("run", "--port", "0", "--database", dir + "/torc.db");
        try {
            String base = awaitReadyUrl(launcher);

            HttpResponse<String> ping =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
            assertEquals("{\"status\":\"ok\"}", ping.body());

            launcher.destroy();
            assertTrue(launcher.waitFor(90, TimeUnit.SECONDS), "launcher did not stop");
            assertEquals(0, launcher.exitValue());
            assertTrue(Files.exists(dir.resolve("torc.db.mv.db")));
            String url = "jdbc:h2:file:" + dir.resolve("torc.db") + ";IFEXISTS=TRUE";
            try (var reopened = java.sql.DriverManager.getConnection(url, "sa", "")) {
                assertFalse(reopened.isClosed(), "the stopped server released the file");
            }
        } finally {
            launcher.destroyForcibly();
        }
    }

    @Test
    void httpsServesPingWithTheOperatorsCertificate() throws Exception {
        Path cert = dir.resolve("server.crt");
        Path key = dir.resolve("server.key");
        SelfSigned.write(dir, cert, key);
        Process launcher =
                launch(
                        "run",
                        "--port",
                        "0",
                        "--database",
                        dir + "/tls.db",
                        "--https",
                        "--tls-cert",
                        cert.toString(),
                        "--tls-key",
                        key.toString());
        try {
            String base = awaitReadyUrl(launcher);
            assertTrue(base.startsWith("https://127.0.0.1:"), base);

            HttpClient client =
                    HttpClient.newBuilder().sslContext(SelfSigned.trusting(cert)).build();
            HttpResponse<String> ping =
                    client.send(
                            HttpRequest.newBuilder(URI.create(base + "/ping")).build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode());
        } finally {
            launcher.destroy();
            launcher.waitFor(90, TimeUnit.SECONDS);
            launcher.destroyForcibly();
        }
    }

    private static Process launch(String... args) throws Exception {
        Path jar = Path.of("target/torc-cli.jar").toAbsolutePath();
        List<String> command =
                new java.util.ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                jar.toString(),
                                ServerCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static String awaitReadyUrl(Process launcher) throws Exception {
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(launcher.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                return ready.group(1);
            }
        }
        throw new AssertionError("launcher exited with " + launcher.waitFor() + " before ready");
    }
}
