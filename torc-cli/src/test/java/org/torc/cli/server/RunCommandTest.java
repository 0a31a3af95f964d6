package org.torc.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The launcher's option checks: one line and exit 2 for usage, exit 1 for the environment. */
class RunCommandTest {

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = ServerCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private void assertOneLine(String text) {
        assertEquals(1, text.strip().lines().count(), text);
    }

    @Test
    void unknownOptionIsAUsageErrorOnOneLine() {
        assertEquals(2, run("run", "--bogus"));
        assertTrue(err.toString().contains("--bogus"), err.toString());
        assertOneLine(err.toString());
    }

    @Test
    void portThatIsNotANumberIsAUsageError() {
        assertEquals(2, run("run", "--port", "eighty"));
        assertOneLine(err.toString());
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        assertEquals(2, run("run", "--port", "70000", "--database", dir + "/t.db"));
        assertTrue(err.toString().contains("between 0 and 65535"), err.toString());
    }

    @Test
    void unknownLogLevelIsAUsageError() {
        assertEquals(2, run("run", "--log-level", "loud"));
        assertTrue(err.toString().contains("unknown log level 'loud'"), err.toString());
        assertOneLine(err.toString());
    }

    @Test
    void requireAuthWithoutAuthFileRefusesToStart() {
        assertEquals(2, run("run", "--require-auth"));
        assertTrue(err.toString().contains("--require-auth needs --auth-file"), err.toString());
        assertOneLine(err.toString());
    }

    @Test
    void httpsWithoutCertificateIsAUsageError() {
        assertEquals(2, run("run", "--https", "--database", dir + "/t.db"));
        assertTrue(err.toString().contains("--tls-cert"), err.toString());
    }

    @Test
    void unsupportedDatabaseUrlIsAUsageError() {
        assertEquals(2, run("run", "--database", "mysql://root@localhost/torc"));
        assertTrue(err.toString().contains("unsupported database URL"), err.toString());
    }

    @Test
    void portInUseNamesThePortAndExitsOne() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertEquals(1, run("run", "--port", Integer.toString(port), "--database", dir + "/t"));

            assertTrue(err.toString().contains("port " + port), err.toString());
            assertTrue(err.toString().contains("already in use"), err.toString());
            assertOneLine(err.toString());
        }
    }

    @Test
    void unreachableDatabaseNamesTheUrlWithoutPassword() {
        String url = "postgresql://alice:s3cret@127.0.0.1:1/torc";

        assertEquals(1, run("run", "--port", "0", "--database", url));

        String message = err.toString();
        assertTrue(message.contains("jdbc:postgresql://127.0.0.1:1/torc"), message);
        assertFalse(message.contains("s3cret"), message);
        assertOneLine(message);
    }

    @Test
    void missingAuthFileExitsOne() {
        assertEquals(
                1,
                run("run", "--port", "0", "--auth-file", dir + "/none", "--database", dir + "/d"));
        assertTrue(err.toString().contains("cannot read htpasswd file"), err.toString());
    }

    @Test
    void malformedAuthFileNamesTheFileAndLine() throws Exception {
        Path htpasswd = dir.resolve("htpasswd");
        java.nio.file.Files.writeString(htpasswd, "# users\nalice-without-a-hash\n");

        assertEquals(
                1,
                run(
                        "run",
                        "--port",
                        "0",
                        "--auth-file",
                        htpasswd.toString(),
                        "--database",
                        dir + "/d"));

        assertTrue(err.toString().contains(htpasswd.toString()), err.toString());
        assertTrue(err.toString().contains("line 2"), err.toString());
        assertOneLine(err.toString());
    }

    @Test
    void portZeroChoosesAFreePortAndTheUrlShowsIt() throws Exception {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("--port", "0", "--database", dir + "/t.db");

        ServerOptions options = run.resolve();

        assertTrue(options.port() > 0);
        assertEquals("http://127.0.0.1:" + options.port() + "/torc-service/v1", options.baseUrl());
    }

    @Test
    void settingsReachTheServerAsSystemProperties() throws Exception {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("--port", "0", "--database", dir + "/t.db");

        var props = run.resolve().systemProperties();

        assertTrue(
                props.get("torc.database.url").startsWith("jdbc:h2:file:" + dir), props.toString());
        assertEquals("false", props.get("torc.auth.required"));
        assertEquals("60", props.get("torc.auth.cacheTtlSecs"));
    }

    @Test
    void failedDeploymentIsRecognisedFromItsLogRecord() {
        assertTrue(
                ServerProcess.isDeploymentFailure(
                        "2026-01-01T00:00:00.000+0000 SEVERE javax.enterprise.system.core"
                                + " Exception while loading the app : boom"));
        assertTrue(
                ServerProcess.isDeploymentFailure(
                        "2026-01-01T00:00:00.000+0000 SEVERE torc.server Refusing to start: x"));
        assertFalse(
                ServerProcess.isDeploymentFailure(
                        "2026-01-01T00:00:00.000+0000 INFO torc.server Torc server started"));
    }

    @Test
    void payaraInfoRecordsAreHiddenButTorcAndWarningsShown() {
        assertTrue(
                ServerProcess.isForOperators("2026-01-01T00:00:00.000+0000 INFO torc.server Up"));
        assertTrue(
                ServerProcess.isForOperators(
                        "2026-01-01T00:00:00.000+0000 WARNING jakarta.enterprise.web Odd"));
        assertFalse(
                ServerProcess.isForOperators(
                        "2026-01-01T00:00:00.000+0000 INFO jakarta.enterprise.web Loading"));
        assertFalse(ServerProcess.isForOperators("\tat java.base/java.lang.Thread.run"));
    }
}
