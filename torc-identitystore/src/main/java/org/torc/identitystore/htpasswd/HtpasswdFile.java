package org.torc.identitystore.htpasswd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An htpasswd file: its lines in order ({@code #} comments, blank lines and {@code user:hash}
 * entries) and the users they define. Immutable: an edit returns a new file that keeps every other
 * line as it was.
 *
 * <p>Only bcrypt hashes are accepted. A line that is not a comment, not blank and not a valid entry
 * makes the whole file malformed, as does a user defined twice: guessing which line was meant could
 * let the wrong password in.
 */
public final class HtpasswdFile {

    private final String source;
    private final List<String> lines;
    private final Map<String, HtpasswdEntry> entries;

    private HtpasswdFile(String source, List<String> lines, Map<String, HtpasswdEntry> entries) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Reads and checks a file. The launcher calls this before it starts the server.
     *
     * @throws HtpasswdFormatException naming the file and line of the first problem
     * @throws java.nio.file.NoSuchFileException if there is no such file
     */
    public static HtpasswdFile load(Path path) throws IOException {
        return parse(path.toString(), Files.readAllBytes(path));
    }

    /** A file with no lines, the start of a new one. */
    public static HtpasswdFile empty(String source) {
        return new HtpasswdFile(source, List.of(), new LinkedHashMap<>());
    }

    /**
     * Reads the content of a file; {@code source} names it in messages.
     *
     * @throws HtpasswdFormatException naming the line of the first problem
     */
    public static HtpasswdFile parse(String source, byte[] content) throws HtpasswdFormatException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < content.length) {
            int end = indexOf(content, (byte) '\n', start);
            lines.add(decode(source, lines.size() + 1, content, start, end));
            start = end + 1;
        }
        return fromLines(source, lines);
    }

    private static HtpasswdFile fromLines(String source, List<String> lines)
            throws HtpasswdFormatException {
        Map<String, HtpasswdEntry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Optional<HtpasswdEntry> entry = parseLine(source, i + 1, lines.get(i));
            if (entry.isPresent()) {
                HtpasswdEntry first = entries.putIfAbsent(entry.get().user(), entry.get());
                if (first != null) {
                    throw new HtpasswdFormatException(
                            source,
                            i + 1,
                            "user '"
                                    + first.user()
                                    + "' is defined again (first on line "
                                    + first.lineNumber()
                                    + ")");
                }
            }
        }
        return new HtpasswdFile(source, lines, entries);
    }

    private static Optional<HtpasswdEntry> parseLine(String source, int number, String line)
            throws HtpasswdFormatException {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new HtpasswdFormatException(source, number, "expected user:bcrypt-hash");
        }
        String user = text.substring(0, colon);
        Optional<String> badName = UserNames.problem(user);
        if (badName.isPresent()) {
            throw new HtpasswdFormatException(source, number, badName.get());
        }
        try {
            BcryptHash hash = BcryptHash.parse(text.substring(colon + 1));
            return Optional.of(new HtpasswdEntry(user, hash, number));
        } catch (IllegalArgumentException e) {
            throw new HtpasswdFormatException(
                    source, number, "the hash of user '" + user + "' is " + e.getMessage());
        }
    }

    private static String decode(String source, int number, byte[] content, int start, int end)
            throws HtpasswdFormatException {
        int length = end - start;
        if (length > 0 && content[end - 1] == '\r') {
            length--;
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, length))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new HtpasswdFormatException(source, number, "not valid UTF-8");
        }
    }

    private static int indexOf(byte[] content, byte wanted, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == wanted) {
                return i;
            }
        }
        return content.length;
    }

    /** The entry of a user, if the file has one. */
    public Optional<HtpasswdEntry> entry(String user) {
        return Optional.ofNullable(entries.get(user));
    }

    /** The entries in file order. */
    public List<HtpasswdEntry> entries() {
        return List.copyOf(entries.values());
    }

    /** The users and their hashes, in file order. */
    public Map<String, BcryptHash> users() {
        Map<String, BcryptHash> users = new LinkedHashMap<>();
        entries.values().forEach(entry -> users.put(entry.user(), entry.hash()));
        return Collections.unmodifiableMap(users);
    }

    public int userCount() {
        return entries.size();
    }

    /** What this file was read from, as given. */
    public String source() {
        return source;
    }

    /**
     * This file with the user's hash set: the user's line is replaced where it stands, or a new
     * line is appended.
     *
     * @throws IllegalArgumentException if the user name may not be used
     */
    public HtpasswdFile withUser(String user, BcryptHash hash) {
        UserNames.check(user);
        List<String> changed = new ArrayList<>(lines);
        String line = user + ":" + hash.value();
        HtpasswdEntry existing = entries.get(user);
        if (existing == null) {
            changed.add(line);
        } else {
            changed.set(existing.lineNumber() - 1, line);
        }
        return rebuilt(changed);
    }

    /** This file without the user's line; the same file if the user has none. */
    public HtpasswdFile withoutUser(String user) {
        HtpasswdEntry existing = entries.get(user);
        if (existing == null) {
            return this;
        }
        List<String> changed = new ArrayList<>(lines);
        changed.remove(existing.lineNumber() - 1);
        return rebuilt(changed);
    }

    private HtpasswdFile rebuilt(List<String> changed) {
        try {
            return fromLines(source, changed);
        } catch (HtpasswdFormatException e) {
            throw new IllegalStateException("an edit produced a malformed line", e);
        }
    }

    /** The file's content: its lines, each ended by a newline, in UTF-8. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }
}
