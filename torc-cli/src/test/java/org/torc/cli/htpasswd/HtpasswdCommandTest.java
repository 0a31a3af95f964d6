package org.torc.cli.htpasswd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.torc.identitystore.htpasswd.Bcrypt;
import org.torc.identitystore.htpasswd.BcryptHash;
import org.torc.identitystore.htpasswd.HtpasswdFile;
import org.torc.identitystore.testing.Oracles;

class HtpasswdCommandTest {

    @TempDir Path dir;

    Path file() {
        return dir.resolve("htpasswd");
    }

    HtpasswdRun add(String user, String password) {
        return HtpasswdRun.withStdin(
                "",
                "add",
                "--file",
                file().toString(),
                "--cost",
                "4",
                "--password",
                password,
                user);
    }

    @Test
    void addCreatesTheFileWithMode600AndSaysSo() throws Exception {
        HtpasswdRun run = add("alice", "pa:ss");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Added user 'alice' to " + file() + "\n", run.out());
        assertEquals(
                "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        BcryptHash hash = HtpasswdFile.load(file()).entry("alice").orElseThrow().hash();
        assertTrue(Bcrypt.matches("pa:ss".getBytes(StandardCharsets.UTF_8), hash));
    }

    @Test
    void addingAgainUpdatesThePasswordAndKeepsTheFileMode() throws Exception {
        add("alice", "first");
        Files.setPosixFilePermissions(file(), PosixFilePermissions.fromString("rw-r-----"));

        HtpasswdRun run = add("alice", "second");

        assertEquals("Updated password of user 'alice' in " + file() + "\n", run.out());
        assertEquals(
                "rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file())));
        assertEquals(1, HtpasswdFile.load(file()).userCount());
    }

    @Test
    void aCostUnder10IsAcceptedWithAWarning() {
        HtpasswdRun run = add("alice", "secret");

        assertEquals(0, run.exitCode());
        assertEquals(
                "torc-htpasswd: warning: cost 4 is for testing only; use 10 or more for real users"
                        + " (default 12)",
                run.errorLine());
    }

    @ParameterizedTest(name = "--cost {0} is a usage error")
    @ValueSource(strings = {"3", "32", "many"})
    void aCostOutside4To31IsAUsageError(String cost) {
        HtpasswdRun run =
                HtpasswdRun.withStdin(
                        "", "add", "--file", file().toString(), "--cost", cost, "alice");

        assertEquals(2, run.exitCode());
        assertTrue(run.errorLine().contains("--cost"), run.err());
        assertFalse(Files.exists(file()));
    }

    @ParameterizedTest(name = "user \"{0}\" is refused")
    @ValueSource(strings = {"", "a:b", "bob smith", "tab\tbed"})
    void invalidUserNamesAreUsageErrors(String user) {
        HtpasswdRun run = add(user, "secret");

        assertEquals(2, run.exitCode());
        assertTrue(run.errorLine().contains("invalid user name"), run.err());
        assertFalse(Files.exists(file()));
    }

    @Test
    void aPasswordOver72BytesIsRefused() {
        HtpasswdRun run =
                HtpasswdRun.withStdin(
                        "",
                        "add",
                        "--file",
                        file().toString(),
                        "--password",
                        "\u00e9".repeat(37),
                        "alice");

        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("74 bytes"), run.err());
        assertFalse(Files.exists(file()));
    }

    @Test
    void withoutATerminalThePasswordIsOneLineOfStandardInput() throws Exception {
        HtpasswdRun run =
                HtpasswdRun.withStdin(
                        "s\u00e9cret:one\nignored\n",
                        "add",
                        "--file",
                        file().toString(),
                        "--cost",
                        "4",
                        "alice");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(0, verify("alice", "s\u00e9cret:one").exitCode());
    }

    @Test
    void emptyStandardInputIsAFailureNotAHang() {
        HtpasswdRun run = HtpasswdRun.withStdin("", "add", "--file", file().toString(), "alice");

        assertEquals(1, run.exitCode());
        assertTrue(run.errorLine().contains("no password on standard input"), run.err());
    }

    @Test
    void onATerminalThePasswordIsAskedTwice() throws Exception {
        List<String> prompts = new ArrayList<>();

        HtpasswdRun run =
                HtpasswdRun.withTerminal(
                        List.of("twice", "twice"),
                        prompts,
                        "add",
                        "--file",
                        file().toString(),
                        "--cost",
                        "4",
                        "alice");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Password: ", "Confirm password: "), prompts);
        assertEquals(0, verify("alice", "twice").exitCode());
    }

    @Test
    void twoDifferentAnswersOnATerminalAddNobody() {
        HtpasswdRun run =
                HtpasswdRun.withTerminal(
                        List.of("one", "two"),
                        new ArrayList<>(),
                        "add",
                        "--file",
                        file().toString(),
                        "alice");

        assertEquals(1, run.exitCode());
        assertEquals("torc-htpasswd: the two passwords do not match", run.errorLine());
        assertFalse(Files.exists(file()));
    }

    @Test
    void verifyExitsZeroWhenCorrectAndOneWhenNot() {
        add("alice", "right");

        HtpasswdRun correct = verify("alice", "right");
        HtpasswdRun wrong = verify("alice", "wrong");

        assertEquals(0, correct.exitCode());
        assertEquals("Password of user 'alice' is correct\n", correct.out());
        assertEquals(1, wrong.exitCode());
        assertEquals("Password of user 'alice' is wrong\n", wrong.out());
    }

    @Test
    void verifyOfAnUnknownUserFails() {
        add("alice", "right");

        HtpasswdRun run = verify("bob", "right");

        assertEquals(1, run.exitCode());
        assertEquals("torc-htpasswd: user 'bob' is not in " + file(), run.errorLine());
    }

    @Test
    void listPrintsUsersInFileOrder() throws Exception {
        Files.writeString(
                file(),
                "# team\nzoe:"
                        + Bcrypt.hash(new byte[] {'z'}, 4).value()
                        + "\n\nadam:"
                        + Bcrypt.hash(new byte[] {'a'}, 4).value()
                        + "\n");

        HtpasswdRun run = HtpasswdRun.withStdin("", "list", "--file", file().toString());

        assertEquals(0, run.exitCode());
        assertEquals("zoe\nadam\n", run.out());
    }

    @Test
    void removeKeepsCommentsAndOtherUsers() throws Exception {
        add("alice", "a");
        add("bob", "b");
        Files.writeString(file(), "# keep me\n" + Files.readString(file()));

        HtpasswdRun run = HtpasswdRun.withStdin("", "remove", "--file", file().toString(), "alice");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Removed user 'alice' from " + file() + "\n", run.out());
        assertTrue(Files.readString(file()).startsWith("# keep me\nbob:"));
        assertEquals(1, HtpasswdFile.load(file()).userCount());
    }

    @Test
    void removingAnAbsentUserFails() {
        add("alice", "a");

        HtpasswdRun run = HtpasswdRun.withStdin("", "remove", "--file", file().toString(), "bob");

        assertEquals(1, run.exitCode());
        assertEquals("torc-htpasswd: user 'bob' is not in " + file(), run.errorLine());
    }

    @ParameterizedTest(name = "{0} of a missing file fails")
    @ValueSource(strings = {"list", "verify", "remove"})
    void listVerifyAndRemoveNeedAnExistingFile(String command) {
        List<String> args = new ArrayList<>(List.of(command, "--file", file().toString()));
        if (command.equals("verify")) {
            args.addAll(List.of("--password", "x"));
        }
        if (!command.equals("list")) {
            args.add("alice");
        }

        HtpasswdRun run = HtpasswdRun.withStdin("", args.toArray(String[]::new));

        assertEquals(1, run.exitCode());
        assertEquals("torc-htpasswd: htpasswd file " + file() + " does not exist", run.errorLine());
        assertFalse(Files.exists(file()));
    }

    @Test
    void aMalformedFileIsReportedWithItsLine() throws Exception {
        Files.writeString(file(), "# users\nalice:{SHA}abc\n");

        HtpasswdRun run = HtpasswdRun.withStdin("", "list", "--file", file().toString());

        assertEquals(1, run.exitCode());
        assertTrue(
                run.errorLine().startsWith("torc-htpasswd: htpasswd file " + file() + " line 2: "),
                run.err());
    }

    @Test
    void hashPrintsUserAndHashForTheAdministrator() {
        HtpasswdRun run =
                HtpasswdRun.withStdin("", "hash", "--cost", "4", "--password", "p:w", "dave");

        assertEquals(0, run.exitCode());
        String line = run.out().strip();
        assertTrue(line.startsWith("dave:$2y$04$"), line);
        BcryptHash hash = BcryptHash.parse(line.substring("dave:".length()));
        assertTrue(Bcrypt.matches("p:w".getBytes(StandardCharsets.UTF_8), hash));
    }

    @Test
    void hashDefaultsToTheUserOfTheEnvironment() {
        HtpasswdRun run = HtpasswdRun.withStdin("secret\n", "hash", "--cost", "4");

        assertTrue(run.out().startsWith("carol:$2y$04$"), run.out());
    }

    @Test
    void usageErrorsAreOneLineWithExitCode2() {
        HtpasswdRun unknownOption = HtpasswdRun.withStdin("", "list", "--fiel", "x");
        HtpasswdRun noCommand = HtpasswdRun.withStdin("");

        assertEquals(2, unknownOption.exitCode());
        assertTrue(unknownOption.errorLine().contains("torc-htpasswd list --help"));
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.errorLine().contains("missing command"));
    }

    @Test
    void helpShowsExamples() {
        HtpasswdRun run = HtpasswdRun.withStdin("", "add", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"));
        assertTrue(run.out().contains("torc-htpasswd add --file /etc/torc/htpasswd alice"));
    }

    @Test
    void apacheHtpasswdAcceptsOurFile() {
        Oracles.requireHtpasswd();
        add("alice", "gr\u00fc\u00dfe:aus:k\u00f6ln");
        add("bob", "plain");

        assertTrue(Oracles.htpasswdVerifies(file(), "alice", "gr\u00fc\u00dfe:aus:k\u00f6ln"));
        assertTrue(Oracles.htpasswdVerifies(file(), "bob", "plain"));
        assertFalse(Oracles.htpasswdVerifies(file(), "alice", "grusse:aus:koln"));
    }

    @Test
    void weVerifyAFileWrittenByApacheHtpasswd() throws Exception {
        Oracles.requireHtpasswd();
        String hash = Oracles.htpasswdHash("erin", "\u00e5pple:pie", 5);
        Files.writeString(file(), "erin:" + hash + "\n");

        assertEquals(0, verify("erin", "\u00e5pple:pie").exitCode());
        assertEquals(1, verify("erin", "apple:pie").exitCode());
    }

    private HtpasswdRun verify(String user, String password) {
        return HtpasswdRun.withStdin(
                "", "verify", "--file", file().toString(), "--password", password, user);
    }
}
