package org.torc.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records an archive on the first start, uses it afterwards, and never stands in the way. */
class ClassDataArchiveTest {

    private static final List<String> HEAP = List.of("-Xms64m", "-Xmx768m");

    @TempDir Path dir;
    private Path cache;
    private Path runDir;
    private Path payaraJar;

    @BeforeEach
    void files() throws Exception {
        cache = Files.createDirectories(dir.resolve("cache"));
        runDir = Files.createDirectories(dir.resolve("run"));
        payaraJar = Files.writeString(dir.resolve("payara-micro.jar"), "jar");
    }

    private static String option(List<String> options, String prefix) {
        return options.stream().filter(o -> o.startsWith(prefix)).findFirst().orElse(null);
    }

    @Test
    void firstStartRecordsAndTheNextOneUsesTheRecording() throws Exception {
        ClassDataArchive first = ClassDataArchive.forRun(cache, runDir, payaraJar, HEAP);
        String record = option(first.javaOptions(), "-XX:ArchiveClassesAtExit=");
        Path recording = Path.of(record.substring(record.indexOf('=') + 1));
        assertTrue(recording.startsWith(runDir), record);
        Files.writeString(recording, "classes");
        first.keepRecording();
        assertFalse(Files.exists(recording));

        ClassDataArchive second = ClassDataArchive.forRun(cache, runDir, payaraJar, HEAP);
        String use = option(second.javaOptions(), "-XX:SharedArchiveFile=");
        Path archive = Path.of(use.substring(use.indexOf('=') + 1));
        assertEquals("classes", Files.readString(archive));
    }

    @Test
    void aStartThatWroteNothingKeepsNothing() throws Exception {
        ClassDataArchive first = ClassDataArchive.forRun(cache, runDir, payaraJar, HEAP);
        first.keepRecording();
        ClassDataArchive second = ClassDataArchive.forRun(cache, runDir, payaraJar, HEAP);
        assertNotNull(option(second.javaOptions(), "-XX:ArchiveClassesAtExit="));
    }

    @Test
    void otherJvmOptionsGetTheirOwnArchive() throws Exception {
        ClassDataArchive first = ClassDataArchive.forRun(cache, runDir, payaraJar, HEAP);
        String record = option(first.javaOptions(), "-XX:ArchiveClassesAtExit=");
        Files.writeString(Path.of(record.substring(record.indexOf('=') + 1)), "classes");
        first.keepRecording();
        ClassDataArchive other =
                ClassDataArchive.forRun(cache, runDir, payaraJar, List.of("-Xmx2g"));
        assertNotNull(option(other.javaOptions(), "-XX:ArchiveClassesAtExit="));
    }

    @Test
    void operatorsSharingOptionsWin() {
        for (String own : List.of("-Xshare:off", "-XX:SharedArchiveFile=/x.jsa")) {
            assertNull(ClassDataArchive.forRun(cache, runDir, payaraJar, List.of(own)), own);
        }
    }

    @Test
    void anUnusableCacheDirectoryMeansNoArchive() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertNull(ClassDataArchive.forRun(notADirectory, runDir, payaraJar, HEAP));
    }
}
