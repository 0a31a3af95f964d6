package org.torc.identitystore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.torc.identitystore.htpasswd.BcryptHash;

/**
 * Successful credential checks, remembered for a while so that a client sending the same
 * credentials on every request pays for bcrypt once per TTL instead of once per request.
 *
 * <p>Entries are found by an HMAC-SHA256 of user and password under a random key made at start and
 * never stored, so the cache holds nothing from which a password could be recovered or guessed
 * offline. Each entry also records the hash it was checked against, and counts only while the file
 * in force still has that hash for the user. The cache is bounded: the least recently used entry
 * goes first.
 *
 * <p>An entry whose TTL has passed is not dropped at once: for one more TTL it is {@link
 * Recall#DUE}, so that the caller can answer at once and renew it in the background. A valid user
 * whose entry runs out while wrong passwords keep bcrypt busy then never waits behind them (3.7 s
 * in the benchmark, one thread at cost 12 with 16 checks queued).
 */
final class CredentialCache {

    static final int DEFAULT_CAPACITY = 10_000;

    private final long ttlNanos;
    private final int capacity;
    private final LongSupplier nanoClock;
    private final SecretKeySpec key;

    /**
     * One keyed MAC per request thread: looking the algorithm up was a visible share of a request.
     */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private final Map<String, Entry> entries;

    private record Entry(String user, BcryptHash hash, long expiresAt) {}

    CredentialCache(Duration ttl, int capacity, LongSupplier nanoClock) {
        this.ttlNanos = ttl.toNanos();
        this.capacity = capacity;
        this.nanoClock = nanoClock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** A cache with the given TTL (zero turns it off) and the default size. */
    static CredentialCache withTtl(Duration ttl) {
        return new CredentialCache(ttl, DEFAULT_CAPACITY, System::nanoTime);
    }

    boolean isEnabled() {
        return ttlNanos > 0;
    }

    /**
     * The key of a user and password. The user's length goes first, so that no other split of the
     * same bytes into user and password can give the same key.
     */
    String keyOf(String user, byte[] password) {
        byte[] name = user.getBytes(StandardCharsets.UTF_8);
        Mac mac = macs.get();
        mac.update(ByteBuffer.allocate(4).putInt(name.length).array());
        mac.update(name);
        mac.update(password);
        // doFinal leaves the MAC ready for the next key, with the same secret.
        return Base64.getEncoder().encodeToString(mac.doFinal());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    /** What the cache knows of a user and password checked against the user's current hash. */
    enum Recall {
        /** Found valid within the TTL. */
        FRESH,
        /**
         * Found valid, but the TTL has passed, by less than another TTL: still valid (the hash is
         * the same, so bcrypt would say so again), and due for a check that renews it.
         */
        DUE,
        /** Not known, or known too long ago: check now. */
        NONE
    }

    /** What is known of these credentials against this very hash. */
    synchronized Recall recall(String key, String user, BcryptHash currentHash) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Recall.NONE;
        }
        long overdue = nanoClock.getAsLong() - entry.expiresAt();
        if (overdue >= ttlNanos) {
            entries.remove(key);
            return Recall.NONE;
        }
        if (!entry.user().equals(user) || !entry.hash().equals(currentHash)) {
            return Recall.NONE;
        }
        return overdue < 0 ? Recall.FRESH : Recall.DUE;
    }

    synchronized void remember(String key, String user, BcryptHash hash) {
        if (!isEnabled()) {
            return;
        }
        entries.put(key, new Entry(user, hash, nanoClock.getAsLong() + ttlNanos));
        if (entries.size() > capacity) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    /** Drops the entry of one user and password, whose renewing check found them wrong. */
    synchronized void drop(String key) {
        entries.remove(key);
    }

    /** Drops every entry of a user, after the user's line was changed or removed. */
    synchronized void forget(String user) {
        entries.values().removeIf(entry -> entry.user().equals(user));
    }

    synchronized int size() {
        return entries.size();
    }
}
