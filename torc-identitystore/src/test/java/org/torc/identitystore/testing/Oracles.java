package org.torc.identitystore.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Independent bcrypt implementations that tests compare against: Apache's {@code htpasswd} (Debian
 * apache2-utils, writes {@code $2y$}) and Python's {@code bcrypt} (Debian python3-bcrypt, writes
 * {@code $2b$}). Passwords go through standard input, never the command line, so any UTF-8 passes
 * unchanged whatever the locale.
 */
public final class Oracles {

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final String INSTALL =
            "install with apt-get install -y apache2-utils python3-bcrypt";

    private Oracles() {}

    /** Skips or fails the test unless Apache's htpasswd can be run. */
    public static void requireHtpasswd() {
        External.require("Apache htpasswd", htpasswdPresent(), INSTALL);
    }

    /** Skips or fails the test unless /usr/bin/python3 can import bcrypt. */
    public static void requirePythonBcrypt() {
        External.require("Python bcrypt", pythonBcryptPresent(), INSTALL);
    }

    /** A {@code $2y$} hash made by {@code htpasswd -B}. */
    public static String htpasswdHash(String user, String password, int cost) {
        requireHtpasswd();
        String line = run(password, "htpasswd", "-niB", "-C", Integer.toString(cost), user).strip();
        return line.substring(line.indexOf(':') + 1);
    }

    /** Whether {@code htpasswd -v} accepts the password for the user in the file. */
    public static boolean htpasswdVerifies(Path file, String user, String password) {
        requireHtpasswd();
        return exitCode(password, "htpasswd", "-vi", file.toString(), user) == 0;
    }

    /** A hash made by Python's bcrypt with the given prefix ({@code 2a} or {@code 2b}). */
    public static String pythonHash(String password, int cost, String prefix) {
        requirePythonBcrypt();
        String script =
                "import sys, bcrypt\n"
                        + "salt = bcrypt.gensalt(int(sys.argv[1]), prefix=sys.argv[2].encode())\n"
                        + "print(bcrypt.hashpw(sys.stdin.buffer.read(), salt).decode())\n";
        return run(password, PYTHON.toString(), "-c", script, Integer.toString(cost), prefix)
                .strip();
    }

    /** Whether Python's bcrypt finds that the password matches the hash. */
    public static boolean pythonVerifies(String password, String hash) {
        requirePythonBcrypt();
        String script =
                "import sys, bcrypt\n"
                        + "ok = bcrypt.checkpw(sys.stdin.buffer.read(), sys.argv[1].encode())\n"
                        + "sys.exit(0 if ok else 1)\n";
        return exitCode(password, PYTHON.toString(), "-c", script, hash) == 0;
    }

    private static boolean htpasswdPresent() {
        try {
            return exitCode("", "htpasswd", "-nbB", "-C", "4", "probe", "probe") == 0;
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    private static boolean pythonBcryptPresent() {
        return Files.isExecutable(PYTHON)
                && exitCode("", PYTHON.toString(), "-c", "import bcrypt") == 0;
    }

    private static String run(String input, String... command) {
        Result result = execute(input, command);
        if (result.exitCode != 0) {
            throw new IllegalStateException(command[0] + " failed: " + result.output);
        }
        return result.output;
    }

    private static int exitCode(String input, String... command) {
        return execute(input, command).exitCode;
    }

    private record Result(int exitCode, String output) {}

    private static Result execute(String input, String... command) {
        try {
            Process process =
                    new ProcessBuilder(new ArrayList<>(List.of(command)))
                            .redirectError(ProcessBuilder.Redirect.DISCARD)
                            .start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command[0] + " did not finish");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
