package org.torc.identitystore.htpasswd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * Changes an htpasswd file safely: under a lock, through a temporary file renamed over the old one.
 *
 * <p>The lock is taken on {@code FILE.lock} beside the file, not on the file itself: the rename
 * replaces the file, so a lock held on the old one would not stop an editor that opens the new one.
 * The lock file is left in place, since deleting it would reopen that race. Apache's {@code
 * htpasswd} takes no lock, so only edits made here are serialised.
 *
 * <p>A new file is created with mode 600; an existing file keeps its mode, and its owner and group
 * when the process may set them. A symbolic link is followed, and the file it points at is
 * replaced.
 */
public final class HtpasswdEditor {

    private static final Set<PosixFilePermission> OWNER_ONLY =
            PosixFilePermissions.fromString("rw-------");

    /** File locks are held per process; this serialises the threads of one process. */
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private HtpasswdEditor() {}

    /**
     * Applies a change to the file, creating it if it does not exist, and returns the file as it
     * was before the change (empty if it did not exist). Nothing is written when the change returns
     * the file unchanged.
     *
     * @throws HtpasswdFormatException if the existing file is malformed; it is left untouched
     */
    public static HtpasswdFile edit(Path file, UnaryOperator<HtpasswdFile> change)
            throws IOException {
        Path target = resolveLinks(file);
        IN_PROCESS.lock();
        try (FileChannel lockFile = openLockFile(target);
                FileLock lock = lockFile.lock()) {
            HtpasswdFile before =
                    Files.exists(target)
                            ? HtpasswdFile.load(target)
                            : HtpasswdFile.empty(target.toString());
            HtpasswdFile after = change.apply(before);
            if (after != before) {
                replace(target, after.toBytes());
            }
            return before;
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static Path resolveLinks(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    }

    private static FileChannel openLockFile(Path target) throws IOException {
        Path lockPath = target.resolveSibling(target.getFileName() + ".lock");
        return FileChannel.open(
                lockPath,
                Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                ownerOnlyIfPosix(target));
    }

    private static void replace(Path target, byte[] content) throws IOException {
        Path temporary =
                target.resolveSibling("." + target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            writeDurably(temporary, content);
            copyModeAndOwner(target, temporary);
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
        syncDirectory(target.getParent());
    }

    private static void writeDurably(Path temporary, byte[] content) throws IOException {
        try (FileChannel channel =
                FileChannel.open(
                        temporary,
                        Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        ownerOnlyIfPosix(temporary))) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    /**
     * The temporary file was created readable by its owner alone (the umask can only narrow that).
     * Here it takes the old file's mode, set explicitly so the umask does not apply, and the old
     * owner and group so the server can still read it after root edits it.
     */
    private static void copyModeAndOwner(Path target, Path temporary) throws IOException {
        PosixFileAttributeView view =
                Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (!Files.exists(target)) {
            view.setPermissions(OWNER_ONLY);
            return;
        }
        PosixFileAttributes old = Files.readAttributes(target, PosixFileAttributes.class);
        view.setPermissions(old.permissions());
        try {
            view.setGroup(old.group());
            view.setOwner(old.owner());
        } catch (FileSystemException e) {
            // Only a privileged process may give a file away; otherwise it stays the editor's.
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(
                    temporary,
                    target,
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException(
                    "cannot replace " + target + " atomically on this file system", e);
        }
    }

    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every platform can sync a directory; the rename itself is already atomic.
        }
    }

    private static FileAttribute<?>[] ownerOnlyIfPosix(Path path) {
        boolean posix =
                Files.getFileAttributeView(
                                path.getParent(),
                                PosixFileAttributeView.class,
                                LinkOption.NOFOLLOW_LINKS)
                        != null;
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }
}
