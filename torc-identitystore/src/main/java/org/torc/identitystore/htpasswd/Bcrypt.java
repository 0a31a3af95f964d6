package org.torc.identitystore.htpasswd;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Hashing and checking passwords with bcrypt (Spring Security Crypto's implementation).
 *
 * <p>New hashes use the {@code $2y$} prefix, as Apache's {@code htpasswd -B} does, so that files
 * written here pass {@code htpasswd -v}. {@code $2a$}, {@code $2b$} and {@code $2y$} are the same
 * algorithm for passwords bcrypt accepts, and all three are checked alike.
 */
public final class Bcrypt {

    public static final int MIN_COST = 4;
    public static final int MAX_COST = 31;
    public static final int DEFAULT_COST = 12;

    /** Costs below this are fast enough to guess at; fine for tests only. */
    public static final int RECOMMENDED_MIN_COST = 10;

    /** bcrypt reads at most this many bytes of a password and silently ignores the rest. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private static final String PREFIX = "$2y$";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Bcrypt() {}

    /**
     * Hashes a UTF-8 password at the given cost.
     *
     * @throws IllegalArgumentException if the cost is outside 4 to 31 or the password is longer
     *     than 72 bytes
     */
    public static BcryptHash hash(byte[] password, int cost) {
        checkCost(cost);
        Passwords.check(password);
        return BcryptHash.parse(BCrypt.hashpw(password, BCrypt.gensalt(PREFIX, cost, RANDOM)));
    }

    /**
     * Whether the UTF-8 password matches the hash. A password longer than 72 bytes never matches:
     * it cannot have been hashed here, and bcrypt would compare only its first 72 bytes.
     */
    public static boolean matches(byte[] password, BcryptHash hash) {
        if (password.length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.checkpw(password, hash.value());
    }

    /**
     * @throws IllegalArgumentException if the cost is outside 4 to 31
     */
    public static void checkCost(int cost) {
        if (cost < MIN_COST || cost > MAX_COST) {
            throw new IllegalArgumentException(
                    "cost must be between " + MIN_COST + " and " + MAX_COST + ", not " + cost);
        }
    }
}
