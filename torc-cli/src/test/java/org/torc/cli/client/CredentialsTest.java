package org.torc.cli.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where credentials come from, and that a missing password never hangs a script. */
class CredentialsTest {

    private final StubServer server = StubServer.start();

    @BeforeEach
    void answerPing() {
        server.on("GET", "/ping", 200, "{\"status\":\"ok\"}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String sentCredentials() {
        return server.requests().get(0).basicCredentials();
    }

    @Test
    void noUserNameSendsNoCredentials() {
        assertEquals(0, Cli.withUrl(server.url()).run("ping").exitCode());
        assertNull(sentCredentials());
    }

    @Test
    void theEnvironmentSuppliesBoth() {
        Cli.withUrl(server.url())
                .env("TORC_USERNAME", "alice")
                .env("TORC_PASSWORD", "pw")
                .run("ping");

        assertEquals("alice:pw", sentCredentials());
    }

    @Test
    void flagsBeatTheEnvironment() {
        Cli.withUrl(server.url())
                .env("TORC_USERNAME", "alice")
                .env("TORC_PASSWORD", "pw")
                .run("--username", "bob", "--password", "other", "ping");

        assertEquals("bob:other", sentCredentials());
    }

    @Test
    void aUserFlagTakesThePasswordFromTheEnvironment() {
        Cli.withUrl(server.url()).env("TORC_PASSWORD", "pw").run("ping", "--username", "carol");

        assertEquals("carol:pw", sentCredentials());
    }

    @Test
    void passwordsKeepColonsAndAreSentAsUtf8() {
        Cli.withUrl(server.url())
                .env("TORC_USERNAME", "dave")
                .env("TORC_PASSWORD", "a:b:ü€")
                .run("ping");

        assertEquals("dave:a:b:ü€", sentCredentials());
    }

    @Test
    void aMissingPasswordIsAskedForOnATerminalWithoutEcho() {
        Cli.FakeTerminal terminal = new Cli.FakeTerminal("typed:pw");

        Cli.Result result =
                Cli.withUrl(server.url()).terminal(terminal).run("--username", "erin", "ping");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("Password: "), terminal.prompts);
        assertEquals("erin:typed:pw", sentCredentials());
    }

    @Test
    void aMissingPasswordWithoutATerminalFailsAtOnceNamingTorcPassword() {
        Cli.Result result = Cli.withUrl(server.url()).env("TORC_USERNAME", "frank").run("ping");

        assertEquals(1, result.exitCode());
        assertEquals(1, result.errLines().size(), result.err());
        assertTrue(result.err().contains("set TORC_PASSWORD"), result.err());
        assertTrue(result.err().contains("'frank'"), result.err());
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void aPasswordFlagWithoutAUserIsRefused() {
        Cli.Result result = Cli.withUrl(server.url()).run("--password", "pw", "ping");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("without a user name"), result.err());
    }

    @Test
    void theUrlFlagBeatsTheEnvironment() {
        Cli.Result result =
                Cli.withUrl("http://127.0.0.1:1/torc-service/v1")
                        .run("--url", server.url(), "ping");

        assertEquals(0, result.exitCode(), result.err());
    }

    @Test
    void aMalformedUrlIsOneLine() {
        Cli.Result result = Cli.withUrl("localhost:8080").run("ping");

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("is not valid"), result.err());
    }
}
