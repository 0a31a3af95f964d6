package org.torc.cli.htpasswd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torc.identitystore.htpasswd.HtpasswdFile;

/**
 * Two torc-htpasswd processes adding users to one file at the same moment: both users land.
 *
 * <p>To make the two edits really meet, the test holds the file's lock while both processes start,
 * waits until the kernel shows both blocked on it ({@code /proc/locks}), then lets them go.
 */
class ConcurrentAddTest {

    private static final Path PROC_LOCKS = Path.of("/proc/locks");

    @TempDir Path dir;

    @Test
    void twoConcurrentAddRunsBothLand() throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "# shared by two editors\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Path lockFile = dir.resolve("htpasswd.lock");

        Process alice;
        Process bob;
        try (FileChannel channel =
                        FileChannel.open(
                                lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            alice = add(file, "alice");
            bob = add(file, "bob");
            awaitWaitersOn(lockFile, 2);
        }

        assertFinished(alice, "Added user 'alice'");
        assertFinished(bob, "Added user 'bob'");
        HtpasswdFile result = HtpasswdFile.load(file);
        assertEquals(Set.of("alice", "bob"), result.users().keySet());
        assertTrue(Files.readString(file).startsWith("# shared by two editors\n"));
        assertEquals(
                "rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    private static Process add(Path file, String user) throws Exception {
        List<String> command =
                List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        HtpasswdCommand.class.getName(),
                        "add",
                        "--file",
                        file.toString(),
                        "--cost",
                        "4",
                        "--password",
                        user + "-secret",
                        user);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Waits until the kernel lists this many processes blocked on the lock file. */
    private static void awaitWaitersOn(Path lockFile, int waiters) throws Exception {
        if (!Files.isReadable(PROC_LOCKS)) {
            return;
        }
        String inode = ":" + Files.getAttribute(lockFile, "unix:ino") + " ";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            long blocked =
                    Files.readAllLines(PROC_LOCKS).stream()
                            .filter(line -> line.contains("->") && line.contains(inode))
                            .count();
            if (blocked >= waiters) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the two torc-htpasswd processes never waited for the lock");
    }

    private static void assertFinished(Process process, String expected) throws Exception {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("torc-htpasswd did not finish");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains(expected), output);
    }
}
