package org.torc.web.auth;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The answers to a request that may not proceed: 401 with the Basic challenge, or 503 when the
 * password checks are saturated. Each has the contract's error body.
 *
 * <p>The response is written and committed here rather than through {@code
 * HttpMessageContext.responseUnauthorized()}, which calls {@code sendError} and would replace the
 * JSON body with the server's HTML error page. Messages are fixed texts: a client is never told
 * whether the user or the password was wrong.
 */
final class Refusal {

    static final String CHALLENGE = "Basic realm=\"Torc\"";

    private static final Logger LOG = Logger.getLogger("torc.server.auth");

    private Refusal() {}

    /** 401 with {@code WWW-Authenticate: Basic realm="Torc"}. */
    static AuthenticationStatus unauthorized(HttpServletResponse response, String message) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return send(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    /** 503 with {@code Retry-After: 1}: too many password checks are in progress. */
    static AuthenticationStatus busy(HttpServletResponse response) {
        response.setHeader("Retry-After", "1");
        return send(
                response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "too many password checks in progress; retry shortly");
    }

    private static AuthenticationStatus send(
            HttpServletResponse response, int status, String message) {
        byte[] body = errorBody(status, message).getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        try {
            response.getOutputStream().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not send the refusal; the client has gone", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The contract's error body; messages are constants here, so no escaping is needed. */
    static String errorBody(int status, String message) {
        return "{\"error\":{\"message\":\""
                + message
                + "\",\"status\":"
                + status
                + "},\"errorNum\":"
                + status
                + ",\"errorMessage\":\""
                + message
                + "\",\"code\":"
                + status
                + "}";
    }
}
