package org.torc.cli.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A class data sharing archive of the server's classes, so that later starts map Payara's and the
 * WAR's classes instead of parsing and verifying them again (a third less CPU at start).
 *
 * <p>The first start with a given Java, Payara jar and JVM options records the classes it loads and
 * writes the archive when the server stops; later starts use it. The archive is only an
 * optimisation: when it is missing, stale or cannot be written, the server starts as before (the
 * JVM itself refuses an archive that does not match its class path and carries on without it).
 */
final class ClassDataArchive {

    private static final String PREFIX = "payara-";
    private static final String SUFFIX = ".jsa";
    private static final int KEPT = 4;
    private static final Duration UNUSED_LIMIT = Duration.ofDays(7);

    /** The JVM lists every class it cannot archive as a warning; nobody needs those. */
    private static final String QUIET = "-Xlog:cds*=off";

    private final Path archive;
    private final Path recording;

    private ClassDataArchive(Path archive, Path recording) {
        this.archive = archive;
        this.recording = recording;
    }

    /**
     * The archive for this runtime and these JVM options, or none when the operator manages class
     * data sharing through TORC_SERVER_JAVA_OPTS or the cache directory cannot be used.
     */
    static ClassDataArchive forRun(
            Path cacheDir, Path runDir, Path payaraJar, List<String> javaOptions) {
        if (javaOptions.stream().anyMatch(ClassDataArchive::managesSharing)) {
            return null;
        }
        try {
            Path dir = Files.createDirectories(cacheDir.resolve("cds"));
            Path archive = dir.resolve(PREFIX + key(payaraJar, javaOptions) + SUFFIX);
            return new ClassDataArchive(archive, runDir.resolve("classes" + SUFFIX));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean managesSharing(String option) {
        return option.startsWith("-Xshare")
                || option.contains("SharedArchiveFile")
                || option.contains("ArchiveClassesAtExit");
    }

    /**
     * Names what the archive depends on. The WAR is left out: the JVM takes a class of the WAR from
     * the archive only when its bytes are unchanged, so a rebuilt WAR needs no new archive.
     */
    private static String key(Path payaraJar, List<String> javaOptions) throws IOException {
        StringBuilder text = new StringBuilder();
        text.append(System.getProperty("java.home")).append('\n');
        text.append(System.getProperty("java.vm.version")).append('\n');
        Path jar = payaraJar.toAbsolutePath();
        text.append(jar).append(' ').append(Files.size(jar)).append(' ');
        text.append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
        text.append(String.join(" ", javaOptions));
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256")
                            .digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JVM options that use the archive, or record one when there is none yet. */
    List<String> javaOptions() {
        if (Files.isRegularFile(archive)) {
            markUsed();
            return List.of("-XX:SharedArchiveFile=" + archive, QUIET);
        }
        return List.of("-XX:ArchiveClassesAtExit=" + recording, QUIET);
    }

    /**
     * After the server stopped: keeps the archive it wrote, if any, and forgets archives of older
     * builds. Never fails; a server without an archive only starts more slowly.
     */
    void keepRecording() {
        try {
            if (Files.isRegularFile(recording) && Files.size(recording) > 0) {
                Files.move(
                        recording,
                        archive,
                        StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                removeUnused(archive.getParent());
            }
        } catch (IOException | RuntimeException ignored) {
            // the next start records again
        }
    }

    private void markUsed() {
        try {
            Files.setLastModifiedTime(archive, FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // only used to tell which archives are stale
        }
    }

    /** Archives are large (about 80 MB): keeps the few used most recently within a week. */
    private static void removeUnused(Path dir) throws IOException {
        Instant limit = Instant.now().minus(UNUSED_LIMIT);
        List<Path> archives;
        try (Stream<Path> files = Files.list(dir)) {
            archives =
                    files.filter(f -> f.getFileName().toString().startsWith(PREFIX))
                            .filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                            .sorted(Comparator.comparing(ClassDataArchive::modified).reversed())
                            .toList();
        }
        for (int i = 0; i < archives.size(); i++) {
            Path file = archives.get(i);
            if (i >= KEPT || modified(file).toInstant().isBefore(limit)) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
