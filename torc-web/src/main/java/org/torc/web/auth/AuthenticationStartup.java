package org.torc.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.torc.identitystore.HtpasswdIdentityStore;

/**
 * Loads the htpasswd file when the application starts, not on the first request, and says which
 * mode the server runs in. A missing or malformed file fails the deployment, with the file and line
 * in the message.
 */
@ApplicationScoped
public class AuthenticationStartup {

    private static final Logger LOG = Logger.getLogger("torc.server");

    @Inject HtpasswdIdentityStore identityStore;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        try {
            LOG.info(identityStore.mode().startupMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Refusing to start: {0}", rootCause(e).getMessage());
            throw e;
        }
    }

    /** The container wraps the store's refusal in several layers; the innermost says why. */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
