package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.torc.web.testing.RunningServer;

/** The client against a server that requires authentication. */
class AuthenticatedClientIT {

    @TempDir static Path dir;
    private static RunningServer server;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void startServer() throws Exception {
        Path htpasswd = dir.resolve("htpasswd");
        Files.writeString(
                htpasswd,
                "alice:"
                        + BCrypt.hashpw("secret", BCrypt.gensalt(4))
                        + "\n"
                        + "carol:"
                        + BCrypt.hashpw("a:b:ü", BCrypt.gensalt(4))
                        + "\n");
        Files.setPosixFilePermissions(htpasswd, PosixFilePermissions.fromString("rw-------"));
        server =
                RunningServer.shared(
                        Map.of(
                                "torc.auth.file",
                                htpasswd.toString(),
                                "torc.auth.required",
                                "true"));
    }

    private Cli cli() {
        return Cli.withUrl(server.baseUri().toString()).env("USER", "nobody");
    }

    @Test
    void withoutCredentialsTheErrorSaysNoneWereSent() {
        Cli.Result result = cli().run("workflows", "list");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("no credentials were sent"), result.err());
    }

    @Test
    void aWrongPasswordNamesTheUser() {
        Cli.Result result =
                cli().env("TORC_USERNAME", "alice")
                        .env("TORC_PASSWORD", "nope")
                        .run("workflows", "list");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("rejected the credentials of user 'alice'"), result.err());
    }

    @Test
    void aPasswordWithColonsAndNonAsciiWorks() {
        Cli.Result result = cli().run("--username", "carol", "--password", "a:b:ü", "ping");

        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void workflowsBelongToTheAuthenticatedUserAndRunWithCredentials() throws Exception {
        Path spec =
                Files.writeString(
                        dir.resolve("mine.yaml"),
                        "name: mine\nuser: somebody_else\njobs: [{name: a, command: 'true'}]\n");
        Cli alice = cli().env("TORC_USERNAME", "alice").env("TORC_PASSWORD", "secret");

        Cli.Result run =
                alice.run(
                        "-f",
                        "json",
                        "run",
                        spec.toString(),
                        "-o",
                        dir.resolve("out").toString(),
                        "-p",
                        "0.2");

        assertEquals(0, run.exitCode(), run.err());
        long id = json.readTree(run.out()).get("workflow_id").asLong();
        Cli.Result listed = alice.run("-f", "json", "workflows", "list");
        JsonNode mine = json.readTree(listed.out());
        assertTrue(mine.toString().contains("\"id\":" + id), mine.toString());
        mine.forEach(w -> assertEquals("alice", w.get("user").asText()));
    }
}
