package org.torc.web.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.torc.identitystore.CredentialCheckBusyException;
import org.torc.identitystore.htpasswd.UserNames;

/**
 * HTTP Basic authentication with strict parsing (see {@link BasicCredentials}).
 *
 * <p>A request without an Authorization header is left alone here; whether it may proceed is the
 * mode's decision, taken by {@link AuthenticationModeInterceptor}. A header that is present must
 * hold valid credentials: anything else is a 401 with the Basic challenge, never a 500, and never a
 * silent fall back to anonymous.
 */
@ApplicationScoped
@AppliesAuthenticationMode
public class BasicAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger("torc.server.auth");

    @Inject IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.doNothing();
        }
        BasicCredentials credentials;
        try {
            credentials = BasicCredentials.parse(header);
        } catch (MalformedCredentialsException e) {
            LOG.log(
                    Level.WARNING,
                    "Authentication failed: malformed Authorization header ({0})",
                    e.getMessage());
            return Refusal.unauthorized(response, "malformed Authorization header");
        }
        return validate(credentials, response, context);
    }

    private AuthenticationStatus validate(
            BasicCredentials credentials,
            HttpServletResponse response,
            HttpMessageContext context) {
        String user = credentials.user();
        UsernamePasswordCredential credential = credentials.toCredential();
        CredentialValidationResult result;
        try {
            result = identityStores.validate(credential);
        } catch (RuntimeException e) {
            if (!isBusy(e)) {
                throw e;
            }
            LOG.log(
                    Level.WARNING,
                    "Too many password checks in progress; refused user ''{0}''",
                    UserNames.forLog(user));
            return Refusal.busy(response);
        } finally {
            credential.clearCredential();
            credentials.clear();
        }

        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (LOG.isLoggable(Level.FINE)) {
                LOG.log(
                        Level.FINE,
                        "User ''{0}'' authenticated successfully",
                        UserNames.forLog(user));
            }
            return context.notifyContainerAboutLogin(result);
        }
        LOG.log(Level.WARNING, "Authentication failed for user ''{0}''", UserNames.forLog(user));
        return Refusal.unauthorized(response, "invalid credentials");
    }

    /** The identity store handler may wrap what the store threw. */
    private static boolean isBusy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CredentialCheckBusyException) {
                return true;
            }
        }
        return false;
    }
}
