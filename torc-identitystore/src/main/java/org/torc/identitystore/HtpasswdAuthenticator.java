package org.torc.identitystore;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.torc.identitystore.htpasswd.Bcrypt;
import org.torc.identitystore.htpasswd.BcryptHash;

/**
 * Decides whether a user name and password are valid: the cache first, then bcrypt on a worker.
 *
 * <p>An unknown user is checked against a decoy hash of the cost most users have, and the answer
 * thrown away, so that a wrong name costs as much as a wrong password and response times do not
 * reveal which names exist.
 *
 * <p>Concurrent checks of the same user and password share one bcrypt run. A client with many
 * connections sends the same credentials on all of them; when its cached check expires, or on its
 * first burst, each connection would otherwise queue a check of its own (16 connections at cost 12
 * stalled every request for two seconds).
 */
final class HtpasswdAuthenticator implements AutoCloseable {

    private final HtpasswdUsers users;
    private final CredentialCache cache;
    private final BcryptWorkers workers;
    private final Map<Integer, BcryptHash> decoys = new ConcurrentHashMap<>();
    private final Map<String, Check> running = new ConcurrentHashMap<>();

    /** A bcrypt check under way, against this hash (none for an unknown user). */
    private record Check(Optional<BcryptHash> hash, CompletableFuture<Boolean> valid) {}

    HtpasswdAuthenticator(HtpasswdUsers users, CredentialCache cache, BcryptWorkers workers) {
        this.users = users;
        this.cache = cache;
        this.workers = workers;
        decoyOfCost(users.typicalCost());
    }

    /**
     * The user, if the password is the user's; the caller clears the password afterwards.
     *
     * @throws CredentialCheckBusyException if the check cannot be queued
     */
    Optional<String> authenticate(String user, byte[] password) {
        Optional<BcryptHash> hash = users.hashOf(user);
        String key = cache.keyOf(user, password);
        if (hash.isPresent() && cache.remembers(key, user, hash.get())) {
            return Optional.of(user);
        }

        if (check(key, hash, password)) {
            cache.remember(key, user, hash.get());
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** Joins a running check of the same credentials against the same hash, or runs one. */
    private boolean check(String key, Optional<BcryptHash> hash, byte[] password) {
        Check mine = new Check(hash, new CompletableFuture<>());
        Check other = running.putIfAbsent(key, mine);
        if (other != null && other.hash().equals(hash)) {
            return outcome(other.valid());
        }
        try {
            boolean valid = bcrypt(hash, password);
            if (Thread.currentThread().isInterrupted()) {
                // Cut short, so no verdict: the others are told to try again, not refused.
                mine.valid().completeExceptionally(new CredentialCheckBusyException());
            } else {
                mine.valid().complete(valid);
            }
            return valid;
        } catch (RuntimeException e) {
            mine.valid().completeExceptionally(e);
            throw e;
        } finally {
            running.remove(key, mine);
        }
    }

    private boolean bcrypt(Optional<BcryptHash> hash, byte[] password) {
        int decoyCost = users.typicalCost();
        return workers.run(
                () -> {
                    boolean matched = Bcrypt.matches(password, hash.orElse(decoyOfCost(decoyCost)));
                    return matched && hash.isPresent();
                });
    }

    private static boolean outcome(CompletableFuture<Boolean> valid) {
        try {
            return valid.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Forgets cached checks of users whose line changed; called after each reload. */
    void forget(Iterable<String> changedUsers) {
        changedUsers.forEach(cache::forget);
    }

    private BcryptHash decoyOfCost(int cost) {
        return decoys.computeIfAbsent(cost, HtpasswdAuthenticator::makeDecoy);
    }

    private static BcryptHash makeDecoy(int cost) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        return Bcrypt.hash(Base64.getEncoder().encode(secret), cost);
    }

    @Override
    public void close() {
        workers.close();
    }
}
