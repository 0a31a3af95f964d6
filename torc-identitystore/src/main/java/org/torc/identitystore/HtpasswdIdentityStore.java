package org.torc.identitystore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.torc.identitystore.htpasswd.HtpasswdFormatException;
import org.torc.identitystore.htpasswd.Passwords;

/**
 * The Jakarta Security identity store of Torc: users and bcrypt hashes from the htpasswd file named
 * by {@link AuthSettings}, checked with a cache, reloaded when the file changes.
 *
 * <p>It validates {@link UsernamePasswordCredential} and its subclass {@code
 * BasicAuthenticationCredential}; {@link #validate(Credential)} is overridden because the default
 * looks for a method taking the credential's exact class. With no htpasswd file it validates
 * nothing. It only validates: it gives no groups.
 */
@ApplicationScoped
public class HtpasswdIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger("torc.server");
    private static final long WATCH_INTERVAL_SECONDS = 1;

    private AuthSettings settings;
    private HtpasswdUsers users;
    private HtpasswdAuthenticator authenticator;
    private ScheduledExecutorService watch;

    /** For the CDI proxy only. */
    protected HtpasswdIdentityStore() {}

    @Inject
    public HtpasswdIdentityStore(AuthSettings settings) {
        this.settings = settings;
    }

    /**
     * Loads the htpasswd file, if one is configured, and starts watching it.
     *
     * @throws IllegalStateException if the file is missing or malformed, naming the file and line
     */
    @PostConstruct
    public void start() {
        Optional<Path> file = settings.htpasswdFile();
        if (file.isEmpty()) {
            return;
        }
        users = load(file.get());
        authenticator =
                new HtpasswdAuthenticator(
                        users,
                        CredentialCache.withTtl(settings.cacheTtl()),
                        BcryptWorkers.sizedToCores());
        watch = Executors.newSingleThreadScheduledExecutor(HtpasswdIdentityStore::watchThread);
        watch.scheduleWithFixedDelay(
                this::checkForChanges,
                WATCH_INTERVAL_SECONDS,
                WATCH_INTERVAL_SECONDS,
                TimeUnit.SECONDS);
    }

    private HtpasswdUsers load(Path file) {
        try {
            return HtpasswdUsers.load(file, changed -> authenticator.forget(changed));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("htpasswd file " + file + " does not exist", e);
        } catch (IOException e) {
            String message =
                    e instanceof HtpasswdFormatException
                            ? e.getMessage()
                            : "cannot read htpasswd file " + file + ": " + e;
            throw new IllegalStateException(message, e);
        }
    }

    /** A failure must not end the schedule, or reloads would stop silently. */
    private void checkForChanges() {
        try {
            users.checkForChanges();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Checking the htpasswd file for changes failed", e);
        }
    }

    private static Thread watchThread(Runnable task) {
        Thread thread = new Thread(task, "torc-htpasswd-watch");
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    public void stop() {
        if (watch != null) {
            watch.shutdownNow();
        }
        if (authenticator != null) {
            authenticator.close();
        }
    }

    /** The mode these settings give: off, optional or required. */
    public AuthMode mode() {
        return settings.mode();
    }

    /** The users in the file in force; zero when authentication is off. */
    public int userCount() {
        return users == null ? 0 : users.userCount();
    }

    /**
     * Valid with the user as caller when the password matches the user's hash, invalid otherwise,
     * not validated when the credential is not a user name and password or there is no file.
     *
     * @throws CredentialCheckBusyException if too many checks are queued; retry later
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (authenticator == null || !(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        byte[] password;
        try {
            password = Passwords.utf8(login.getPassword().getValue());
        } catch (IllegalArgumentException e) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        try {
            return authenticator
                    .authenticate(login.getCaller(), password)
                    .map(CredentialValidationResult::new)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }

    /** Runs one look at the file now; tests use it instead of waiting for the schedule. */
    void checkForChangesNow() {
        users.checkForChanges();
    }
}
