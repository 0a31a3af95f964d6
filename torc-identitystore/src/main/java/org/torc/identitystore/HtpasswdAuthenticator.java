package org.torc.identitystore;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.torc.identitystore.htpasswd.Bcrypt;
import org.torc.identitystore.htpasswd.BcryptHash;

/**
 * Decides whether a user name and password are valid: the cache first, then bcrypt on a worker.
 *
 * <p>An unknown user is checked against a decoy hash of the cost most users have, and the answer
 * thrown away, so that a wrong name costs as much as a wrong password and response times do not
 * reveal which names exist.
 */
final class HtpasswdAuthenticator implements AutoCloseable {

    private final HtpasswdUsers users;
    private final CredentialCache cache;
    private final BcryptWorkers workers;
    private final Map<Integer, BcryptHash> decoys = new ConcurrentHashMap<>();

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

        int decoyCost = users.typicalCost();
        boolean valid =
                workers.run(
                        () -> {
                            boolean matched =
                                    Bcrypt.matches(password, hash.orElse(decoyOfCost(decoyCost)));
                            return matched && hash.isPresent();
                        });

        if (valid) {
            cache.remember(key, user, hash.get());
            return Optional.of(user);
        }
        return Optional.empty();
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
