package org.torc.web.auth;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.torc.identitystore.AuthMode;
import org.torc.identitystore.AuthSettings;

/**
 * Applies the server's authentication mode around the mechanism's {@code validateRequest}.
 *
 * <ul>
 *   <li>off: every request proceeds, credentials are not even read;
 *   <li>optional: no credentials means anonymous; credentials sent must be valid;
 *   <li>required: no credentials means 401, except for the health endpoint.
 * </ul>
 *
 * Other methods of the mechanism ({@code secureResponse}, {@code cleanSubject}) pass through.
 *
 * <p>Priority: Soteria's own interceptors on mechanisms sit at {@code PLATFORM_BEFORE} + 200, 210
 * and 220 (auto-apply session, remember-me, login-to-continue); this one comes just after them.
 */
@Interceptor
@AppliesAuthenticationMode
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 230)
public class AuthenticationModeInterceptor {

    private static final Logger LOG = Logger.getLogger("torc.server.auth");

    @Inject AuthSettings settings;

    @AroundInvoke
    public Object applyMode(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().getName().equals("validateRequest")) {
            return invocation.proceed();
        }
        HttpServletRequest request = (HttpServletRequest) invocation.getParameters()[0];
        HttpMessageContext context = (HttpMessageContext) invocation.getParameters()[2];
        AuthMode mode = settings.mode();

        if (mode == AuthMode.OFF || isHealthCheck(request)) {
            return context.doNothing();
        }
        if (request.getHeader("Authorization") != null) {
            return invocation.proceed();
        }
        if (mode == AuthMode.OPTIONAL) {
            LOG.fine("No credentials provided, allowing anonymous access");
            return context.doNothing();
        }
        LOG.log(Level.WARNING, "Authentication required but no credentials provided");
        return Refusal.unauthorized(context.getResponse(), "authentication required");
    }

    /**
     * Load balancers poll {@code /health} without credentials. The path is taken from the servlet
     * path and path info, which the container has decoded and normalised: the raw request URI could
     * dress up {@code /health/../torc-service/v1/workflows} as a health check.
     */
    static boolean isHealthCheck(HttpServletRequest request) {
        String path =
                Objects.toString(request.getServletPath(), "")
                        + Objects.toString(request.getPathInfo(), "");
        return path.equals("/health") || path.startsWith("/health/");
    }
}
