package org.torc.identitystore.htpasswd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtpasswdEditorTest {

    static final BcryptHash HASH = BcryptHash.parse(HtpasswdFileTest.HASH_2Y);
    static final BcryptHash OTHER = BcryptHash.parse(HtpasswdFileTest.HASH_2B);

    @TempDir Path dir;

    @Test
    void aNewFileIsCreatedWithMode600() throws Exception {
        Path file = dir.resolve("htpasswd");

        HtpasswdFile before = HtpasswdEditor.edit(file, f -> f.withUser("alice", HASH));

        assertEquals(0, before.userCount());
        assertEquals("rw-------", mode(file));
        assertEquals("alice:" + HASH.value() + "\n", Files.readString(file));
    }

    @Test
    void anExistingFileKeepsItsModeAndItsOtherLines() throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "# ops\nalice:" + HASH.value() + "\n\n# dev\nbob:" + HASH.value());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        HtpasswdFile before = HtpasswdEditor.edit(file, f -> f.withUser("alice", OTHER));

        assertTrue(before.entry("alice").isPresent());
        assertEquals("rw-r-----", mode(file));
        assertEquals(
                "# ops\nalice:" + OTHER.value() + "\n\n# dev\nbob:" + HASH.value() + "\n",
                Files.readString(file));
    }

    @Test
    void theFileIsReplacedByRenameAndNoTemporaryFileRemains() throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "alice:" + HASH.value() + "\n");
        Object inodeBefore = Files.readAttributes(file, "unix:ino").get("ino");

        HtpasswdEditor.edit(file, f -> f.withUser("bob", HASH));

        Object inodeAfter = Files.readAttributes(file, "unix:ino").get("ino");
        assertTrue(!inodeBefore.equals(inodeAfter), "the file should be a new inode");
        assertEquals(List.of("htpasswd", "htpasswd.lock"), listing());
    }

    @Test
    void aMalformedFileIsLeftUntouched() throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "alice:not-a-hash\n");

        HtpasswdFormatException e =
                assertThrows(
                        HtpasswdFormatException.class,
                        () -> HtpasswdEditor.edit(file, f -> f.withUser("bob", HASH)));

        assertEquals(1, e.lineNumber());
        assertEquals("alice:not-a-hash\n", Files.readString(file));
    }

    @Test
    void nothingIsWrittenWhenNothingChanges() throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "alice:" + HASH.value() + "\n");
        Object inodeBefore = Files.readAttributes(file, "unix:ino").get("ino");

        HtpasswdEditor.edit(file, f -> f.withoutUser("nobody"));

        assertEquals(inodeBefore, Files.readAttributes(file, "unix:ino").get("ino"));
    }

    @Test
    void aSymbolicLinkIsFollowedAndKept() throws Exception {
        Path real = dir.resolve("real-htpasswd");
        Files.writeString(real, "alice:" + HASH.value() + "\n");
        Path link = Files.createSymbolicLink(dir.resolve("htpasswd"), real);

        HtpasswdEditor.edit(link, f -> f.withUser("bob", HASH));

        assertTrue(Files.isSymbolicLink(link));
        assertEquals(2, HtpasswdFile.load(real).userCount());
    }

    @Test
    void concurrentEditsAllLand() throws Exception {
        Path file = dir.resolve("htpasswd");
        Files.writeString(file, "# shared\n");
        int editors = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        List<Future<HtpasswdFile>> edits = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String user = "user" + i;
            edits.add(
                    pool.submit(
                            () -> {
                                start.await();
                                return HtpasswdEditor.edit(file, f -> f.withUser(user, HASH));
                            }));
        }

        start.countDown();
        for (Future<HtpasswdFile> edit : edits) {
            edit.get();
        }
        pool.shutdown();

        HtpasswdFile result = HtpasswdFile.load(file);
        assertEquals(
                IntStream.range(0, editors).mapToObj(i -> "user" + i).collect(Collectors.toSet()),
                result.users().keySet());
        assertTrue(new String(result.toBytes(), StandardCharsets.UTF_8).startsWith("# shared\n"));
    }

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private List<String> listing() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
