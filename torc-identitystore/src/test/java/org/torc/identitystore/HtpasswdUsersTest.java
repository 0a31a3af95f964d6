package org.torc.identitystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.torc.identitystore.testing.LogCapture;

/** Loading and reloading, driven step by step instead of waiting for the schedule. */
class HtpasswdUsersTest {

    static final String HASH = CredentialCacheTest.HASH.value();
    static final String NEW_HASH = CredentialCacheTest.NEW_HASH.value();

    @TempDir Path dir;
    final LogCapture log = LogCapture.of("torc.server");
    final List<Set<String>> changes = new ArrayList<>();

    @AfterEach
    void detach() {
        log.close();
    }

    @Test
    void loadingLogsThePathAndTheCount() throws Exception {
        Path file = write("alice:" + HASH + "\nbob:" + HASH + "\n");

        HtpasswdUsers users = HtpasswdUsers.load(file, changes::add);

        assertEquals(2, users.userCount());
        assertEquals(
                List.of(
                        "INFO Loading htpasswd file from: " + file,
                        "INFO Loaded 2 users from htpasswd file"),
                log.lines());
    }

    @Test
    void aFileReadableByOthersGetsAWarningAboutChmod() throws Exception {
        Path file = write("alice:" + HASH + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        HtpasswdUsers.load(file, changes::add);

        assertTrue(log.text().contains("WARNING htpasswd file " + file), log.text());
        assertTrue(log.text().contains("chmod 600 " + file), log.text());
    }

    @Test
    void anEditInPlaceIsAppliedOnceItHasSettled() throws Exception {
        Path file = write("alice:" + HASH + "\n");
        HtpasswdUsers users = HtpasswdUsers.load(file, changes::add);

        Files.writeString(file, "alice:" + NEW_HASH + "\ncarol:" + HASH + "\n");
        users.checkForChanges();
        assertEquals(CredentialCacheTest.HASH, users.hashOf("alice").orElseThrow());
        users.checkForChanges();

        assertEquals(CredentialCacheTest.NEW_HASH, users.hashOf("alice").orElseThrow());
        assertTrue(users.hashOf("carol").isPresent());
        assertEquals(List.of(Set.of("alice")), changes);
        assertTrue(log.lines().contains("INFO Reloaded htpasswd file: 2 users"), log.text());
    }

    @Test
    void aFileRenamedOverTheOldOneIsApplied() throws Exception {
        Path file = write("alice:" + HASH + "\nbob:" + HASH + "\n");
        HtpasswdUsers users = HtpasswdUsers.load(file, changes::add);

        Path replacement = dir.resolve("htpasswd.new");
        Files.writeString(replacement, "alice:" + HASH + "\n");
        Files.move(replacement, file, StandardCopyOption.ATOMIC_MOVE);
        users.checkForChanges();
        users.checkForChanges();

        assertFalse(users.hashOf("bob").isPresent());
        assertEquals(List.of(Set.of("bob")), changes);
    }

    @Test
    void aMalformedReplacementKeepsThePreviousUsersAndIsReportedOnce() throws Exception {
        Path file = write("alice:" + HASH + "\n");
        HtpasswdUsers users = HtpasswdUsers.load(file, changes::add);

        Files.writeString(file, "# new\nalice:" + HASH + "\nbob\n");
        for (int i = 0; i < 4; i++) {
            users.checkForChanges();
        }

        assertTrue(users.hashOf("alice").isPresent());
        List<String> errors = log.lines().stream().filter(l -> l.startsWith("SEVERE")).toList();
        assertEquals(
                List.of(
                        "SEVERE Not reloading htpasswd file: htpasswd file "
                                + file
                                + " line 3: expected user:bcrypt-hash; the previous 1 users stay"
                                + " in force"),
                errors);
        assertTrue(changes.isEmpty());
    }

    @Test
    void aFixedFileIsAppliedAfterAMalformedOne() throws Exception {
        Path file = write("alice:" + HASH + "\n");
        HtpasswdUsers users = HtpasswdUsers.load(file, changes::add);
        Files.writeString(file, "bob\n");
        users.checkForChanges();
        users.checkForChanges();

        Files.writeString(file, "bob:" + HASH + "\n");
        users.checkForChanges();
        users.checkForChanges();

        assertTrue(users.hashOf("bob").isPresent());
        assertFalse(users.hashOf("alice").isPresent());
    }

    @Test
    void unknownUsersAreCheckedAtTheCostMostUsersHave() throws Exception {
        String cost5 = "$2y$05$" + HASH.substring(7);
        Path file = write("a:" + HASH + "\nb:" + cost5 + "\nc:" + cost5 + "\n");

        assertEquals(5, HtpasswdUsers.load(file, changes::add).typicalCost());
    }

    private Path write(String text) throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
