package org.torc.identitystore;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>Credentials whose cached check is due (its TTL passed less than a TTL ago, against the same
 * hash) are accepted at once and checked again in the background, so that their user never queues
 * behind other checks.
 */
final class HtpasswdAuthenticator implements AutoCloseable {

    private final HtpasswdUsers users;
    private final CredentialCache cache;
    private final BcryptWorkers workers;
    private final Map<Integer, BcryptHash> decoys = new ConcurrentHashMap<>();
    private final Map<String, Check> running = new ConcurrentHashMap<>();
    private final Set<String> renewing = ConcurrentHashMap.newKeySet();

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
        CredentialCache.Recall recall =
                hash.isPresent()
                        ? cache.recall(key, user, hash.get())
                        : CredentialCache.Recall.NONE;
        if (recall == CredentialCache.Recall.DUE) {
            renewInBackground(key, user, hash.get(), password);
        }
        if (recall != CredentialCache.Recall.NONE) {
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

    /**
     * Checks due credentials again on a bcrypt worker, one check per key at a time, without making
     * the request wait. When every worker and queue place is taken, nothing is queued: a later
     * request with the same credentials tries again, until the entry is no longer due.
     */
    private void renewInBackground(String key, String user, BcryptHash hash, byte[] password) {
        if (!renewing.add(key)) {
            return;
        }
        byte[] copy = password.clone();
        boolean queued =
                workers.submit(
                        () -> Bcrypt.matches(copy, hash),
                        valid -> {
                            Arrays.fill(copy, (byte) 0);
                            if (valid) {
                                cache.remember(key, user, hash);
                            } else {
                                cache.drop(key);
                            }
                            renewing.remove(key);
                        });
        if (!queued) {
            Arrays.fill(copy, (byte) 0);
            renewing.remove(key);
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
