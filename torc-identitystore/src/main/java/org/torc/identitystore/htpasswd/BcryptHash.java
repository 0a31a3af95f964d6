package org.torc.identitystore.htpasswd;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bcrypt hash as htpasswd files hold it: {@code $2a$}, {@code $2b$} or {@code $2y$}, a two-digit
 * cost from 4 to 31, then 53 characters of salt and digest.
 *
 * <p>{@link #toString()} leaves the hash out, so that no log line can carry it by accident.
 */
public final class BcryptHash {

    private static final Pattern FORMAT =
            Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");

    private final String value;
    private final int cost;

    private BcryptHash(String value, int cost) {
        this.value = value;
        this.cost = cost;
    }

    /**
     * Reads a hash, refusing anything that is not bcrypt.
     *
     * @throws IllegalArgumentException saying what is wrong, without repeating the text
     */
    public static BcryptHash parse(String text) {
        if (!text.startsWith("$2")) {
            throw new IllegalArgumentException(
                    "not a bcrypt hash ($2a$, $2b$ or $2y$); recreate it with torc-htpasswd add"
                            + " or htpasswd -B");
        }
        Matcher matcher = FORMAT.matcher(text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a well-formed bcrypt hash");
        }
        int cost = Integer.parseInt(matcher.group(1));
        if (cost < Bcrypt.MIN_COST || cost > Bcrypt.MAX_COST) {
            throw new IllegalArgumentException("bcrypt cost " + cost + " is outside 4 to 31");
        }
        return new BcryptHash(text, cost);
    }

    /** The hash as written in the file. */
    public String value() {
        return value;
    }

    /** The cost factor: each step doubles the work of a check. */
    public int cost() {
        return cost;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BcryptHash hash && hash.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "BcryptHash[cost=" + cost + "]";
    }
}
