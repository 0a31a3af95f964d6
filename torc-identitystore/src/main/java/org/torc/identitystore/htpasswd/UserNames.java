package org.torc.identitystore.htpasswd;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Rules for user names in an htpasswd file: not empty, no {@code :} (it ends the name), no white
 * space or control characters (they hide in terminals and logs), at most 255 bytes.
 */
public final class UserNames {

    public static final int MAX_BYTES = 255;

    private UserNames() {}

    /** What is wrong with the name, or empty if it may be used. */
    public static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("the user name is empty");
        }
        if (name.indexOf(':') >= 0) {
            return Optional.of("the user name must not contain ':'");
        }
        if (name.codePoints().anyMatch(UserNames::isInvisible)) {
            return Optional.of("the user name must not contain white space or control characters");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("the user name is longer than " + MAX_BYTES + " bytes");
        }
        return Optional.empty();
    }

    /**
     * @throws IllegalArgumentException if the name may not be used
     */
    public static void check(String name) {
        problem(name)
                .ifPresent(
                        problem -> {
                            throw new IllegalArgumentException(problem);
                        });
    }

    /**
     * The name made safe for a log line: control characters become {@code ?} and long names are
     * cut, so a name sent by a client cannot forge or flood log lines.
     */
    public static String forLog(String name) {
        StringBuilder safe = new StringBuilder();
        name.codePoints()
                .limit(64)
                .forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return name.codePointCount(0, name.length()) > 64 ? safe + "..." : safe.toString();
    }

    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }
}
