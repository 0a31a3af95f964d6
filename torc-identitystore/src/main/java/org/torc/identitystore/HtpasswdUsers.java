package org.torc.identitystore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.torc.identitystore.htpasswd.Bcrypt;
import org.torc.identitystore.htpasswd.BcryptHash;
import org.torc.identitystore.htpasswd.HtpasswdFile;
import org.torc.identitystore.htpasswd.HtpasswdFormatException;

/**
 * The users of the htpasswd file in force, and their reload when the file changes.
 *
 * <p>{@link #checkForChanges()} reads the whole file and compares a digest of it, so an edit in
 * place, Apache's {@code htpasswd} and a new file renamed over the old one are all seen alike. A
 * change is applied once the same content has been read twice in a row, so a file caught half
 * written is never taken for the new list. A malformed file is reported once and changes nothing.
 */
final class HtpasswdUsers {

    private static final Logger LOG = Logger.getLogger("torc.server");

    private final Path file;
    private final Consumer<Set<String>> onUsersChanged;
    private volatile Snapshot current;
    private byte[] pending;
    private String reportedProblem;

    /** The users in force, the digest of the content they came from, and their typical cost. */
    private record Snapshot(Map<String, BcryptHash> users, byte[] digest, int typicalCost) {

        Snapshot(Map<String, BcryptHash> users, byte[] digest) {
            this(users, digest, mostCommonCost(users));
        }
    }

    private HtpasswdUsers(Path file, Consumer<Set<String>> onUsersChanged, Snapshot first) {
        this.file = file;
        this.onUsersChanged = onUsersChanged;
        this.current = first;
    }

    /**
     * Reads the file for the first time.
     *
     * @param onUsersChanged told, after each reload, which users were removed or got a new hash
     * @throws HtpasswdFormatException naming the line, if the file is malformed
     */
    static HtpasswdUsers load(Path file, Consumer<Set<String>> onUsersChanged) throws IOException {
        LOG.log(Level.INFO, "Loading htpasswd file from: {0}", file);
        byte[] content = Files.readAllBytes(file);
        HtpasswdFile parsed = HtpasswdFile.parse(file.toString(), content);
        HtpasswdUsers users =
                new HtpasswdUsers(
                        file, onUsersChanged, new Snapshot(parsed.users(), digest(content)));
        LOG.log(Level.INFO, "Loaded {0} users from htpasswd file", count(parsed));
        warnIfReadableByOthers(file);
        return users;
    }

    /** The hash of a user, if the file in force has one. */
    Optional<BcryptHash> hashOf(String user) {
        return Optional.ofNullable(current.users().get(user));
    }

    int userCount() {
        return current.users().size();
    }

    /** The cost most users have, so that checks for unknown users take as long as for known. */
    int typicalCost() {
        return current.typicalCost();
    }

    private static int mostCommonCost(Map<String, BcryptHash> users) {
        return users.values().stream()
                .collect(Collectors.groupingBy(BcryptHash::cost, Collectors.counting()))
                .entrySet()
                .stream()
                .max(
                        Map.Entry.<Integer, Long>comparingByValue()
                                .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(Bcrypt.DEFAULT_COST);
    }

    /** Reads the file once and applies it if it has changed and settled; see the class comment. */
    synchronized void checkForChanges() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            reportOnce("cannot read " + file + " (" + e + ")");
            return;
        }
        byte[] digest = digest(content);
        if (Arrays.equals(digest, current.digest())) {
            pending = null;
            reportedProblem = null;
        } else if (!Arrays.equals(digest, pending)) {
            pending = digest;
        } else {
            reload(content, digest);
        }
    }

    private void reload(byte[] content, byte[] digest) {
        HtpasswdFile parsed;
        try {
            parsed = HtpasswdFile.parse(file.toString(), content);
        } catch (HtpasswdFormatException e) {
            reportOnce(e.getMessage());
            return;
        }
        Snapshot before = current;
        current = new Snapshot(parsed.users(), digest);
        pending = null;
        reportedProblem = null;
        onUsersChanged.accept(changedUsers(before.users(), parsed.users()));
        LOG.log(Level.INFO, "Reloaded htpasswd file: {0} users", count(parsed));
        warnIfReadableByOthers(file);
    }

    private void reportOnce(String problem) {
        if (!problem.equals(reportedProblem)) {
            reportedProblem = problem;
            LOG.log(
                    Level.SEVERE,
                    "Not reloading htpasswd file: {0}; the previous {1} users stay in force",
                    new Object[] {problem, String.valueOf(userCount())});
        }
    }

    private static Set<String> changedUsers(
            Map<String, BcryptHash> before, Map<String, BcryptHash> after) {
        Set<String> changed = new HashSet<>();
        before.forEach(
                (user, hash) -> {
                    if (!hash.equals(after.get(user))) {
                        changed.add(user);
                    }
                });
        return changed;
    }

    /**
     * Anyone who can read the file can run an offline guessing attack on its hashes, so a file
     * readable by group or others is worth a warning, though not a refusal to start.
     */
    private static void warnIfReadableByOthers(Path file) {
        PosixFileAttributeView view =
                Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            if (permissions.contains(PosixFilePermission.GROUP_READ)
                    || permissions.contains(PosixFilePermission.OTHERS_READ)) {
                LOG.log(
                        Level.WARNING,
                        "htpasswd file {0} is readable by group or others; run chmod 600 {0}",
                        file);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Cannot read the permissions of {0}: {1}", new Object[] {file, e});
        }
    }

    private static String count(HtpasswdFile parsed) {
        return String.valueOf(parsed.userCount());
    }

    private static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
