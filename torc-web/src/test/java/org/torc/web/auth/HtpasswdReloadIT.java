package org.torc.web.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.torc.web.auth.AuthHttp.basic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.torc.identitystore.htpasswd.HtpasswdEditor;
import org.torc.identitystore.testing.Oracles;
import org.torc.web.testing.RunningServer;

/**
 * A running server follows its htpasswd file within five seconds, however the file is changed, and
 * keeps the previous users when the new file is malformed. One optional-mode server with its own
 * file; each test works on users of its own, and leaves the file well-formed.
 */
class HtpasswdReloadIT {

    private static final Duration RELOAD = Duration.ofSeconds(5);
    private static final String PING = "/torc-service/v1/ping";
    private static final Path HTPASSWD = create();

    private static Path create() {
        try {
            return AuthHttp.htpasswdFile(
                    Files.createTempDirectory("torc-reload-it-"), "keeper", "always-here");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RunningServer server() {
        return RunningServer.shared(
                Map.of("torc.auth.file", HTPASSWD.toString(), "torc.auth.cacheTtlSecs", "60"));
    }

    @Test
    void aUserAddedWithTorcHtpasswdCanLogInWithinFiveSeconds() throws Exception {
        RunningServer server = server();
        assertEquals(401, status(server, "added", "new-pass"));

        AuthHttp.setPassword(HTPASSWD, "added", "new-pass");

        assertTrue(becomes(server, "added", "new-pass", 200), server.log());
        assertTrue(server.log().contains("INFO torc.server Reloaded htpasswd file: "));
    }

    @Test
    void aChangedPasswordStopsWorkingEvenThoughItWasCached() throws Exception {
        RunningServer server = server();
        AuthHttp.setPassword(HTPASSWD, "changer", "old:pass");
        assertTrue(becomes(server, "changer", "old:pass", 200));
        assertEquals(200, status(server, "changer", "old:pass"));

        AuthHttp.setPassword(HTPASSWD, "changer", "new:pass");

        assertTrue(becomes(server, "changer", "old:pass", 401), server.log());
        assertEquals(200, status(server, "changer", "new:pass"));
    }

    @Test
    void aRemovedUserIsLockedOut() throws Exception {
        RunningServer server = server();
        AuthHttp.setPassword(HTPASSWD, "leaver", "bye");
        assertTrue(becomes(server, "leaver", "bye", 200));

        HtpasswdEditor.edit(HTPASSWD, f -> f.withoutUser("leaver"));

        assertTrue(becomes(server, "leaver", "bye", 401), server.log());
    }

    @Test
    void aFileRenamedOverTheOldOneIsFollowed() throws Exception {
        RunningServer server = server();
        Path staging = HTPASSWD.resolveSibling("htpasswd.staging");
        Files.copy(HTPASSWD, staging, StandardCopyOption.REPLACE_EXISTING);
        AuthHttp.setPassword(staging, "renamed", "via-mv");

        Files.move(staging, HTPASSWD, StandardCopyOption.ATOMIC_MOVE);

        assertTrue(becomes(server, "renamed", "via-mv", 200), server.log());
    }

    @Test
    void anEditByApacheHtpasswdIsFollowed() throws Exception {
        Oracles.requireHtpasswd();
        RunningServer server = server();

        htpasswd("-iB", "-C", "4", HTPASSWD.toString(), "apache", "fr\u00f6m:apache");

        assertTrue(becomes(server, "apache", "fr\u00f6m:apache", 200), server.log());
    }

    @Test
    void aMalformedFileKeepsThePreviousUsersAndLogsTheLine() throws Exception {
        RunningServer server = server();
        String valid = Files.readString(HTPASSWD);
        int lineOfGarbage = (int) valid.lines().count() + 1;
        String error =
                "SEVERE torc.server Not reloading htpasswd file: htpasswd file "
                        + HTPASSWD
                        + " line "
                        + lineOfGarbage
                        + ": expected user:bcrypt-hash";
        int errorsBefore = AuthHttp.occurrences(server, error);

        Files.writeString(HTPASSWD, valid + "pasted-by-mistake\n");

        assertTrue(
                AuthHttp.within(RELOAD, () -> AuthHttp.occurrences(server, error) > errorsBefore),
                server.log());
        assertEquals(200, status(server, "keeper", "always-here"));
        Files.writeString(HTPASSWD, valid);
    }

    private static boolean becomes(RunningServer server, String user, String password, int code) {
        return AuthHttp.within(RELOAD, () -> status(server, user, password) == code);
    }

    private static int status(RunningServer server, String user, String password) {
        return AuthHttp.get(server.uri(PING), basic(user, password)).statusCode();
    }

    /** Runs Apache's htpasswd with the password on standard input. */
    private static void htpasswd(String... args) throws Exception {
        String password = args[args.length - 1];
        String[] command = new String[args.length];
        command[0] = "htpasswd";
        System.arraycopy(args, 0, command, 1, args.length - 1);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(password.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(process.getInputStream().readAllBytes()));
    }
}
