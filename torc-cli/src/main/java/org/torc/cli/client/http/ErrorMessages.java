package org.torc.cli.client.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;

/** One-line messages for refused requests, saying which case it is and what to do. */
final class ErrorMessages {

    private static final int MAX_MESSAGE = 200;

    private ErrorMessages() {}

    /** The {@code errorMessage} of the contract's error body, else the start of the body. */
    static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        try {
            JsonNode tree = JsonTrees.read(body);
            JsonNode message = tree.path("errorMessage");
            if (message.isTextual()) {
                return oneLine(message.asText());
            }
            JsonNode nested = tree.path("error").path("message");
            if (nested.isTextual()) {
                return oneLine(nested.asText());
            }
        } catch (java.io.IOException e) {
            // Not JSON: an HTML error page from a proxy, for instance; show its start.
        }
        return oneLine(body);
    }

    static ApiException forStatus(int status, String message, URI base, URI uri, String user) {
        switch (status) {
            case 401:
                return new ApiException(
                        ApiException.Kind.UNAUTHORIZED, status, unauthorized(base, user));
            case 403:
                return new ApiException(
                        ApiException.Kind.FORBIDDEN,
                        status,
                        "access denied"
                                + (user == null ? "" : " for user '" + user + "'")
                                + suffix(message, "the server does not let you do this"));
            case 404:
                return new ApiException(
                        ApiException.Kind.NOT_FOUND,
                        status,
                        "not found" + suffix(message, uri.getPath()));
            default:
                return status >= 500
                        ? new ApiException(
                                ApiException.Kind.SERVER_ERROR,
                                status,
                                "the torc server at "
                                        + base
                                        + " failed (HTTP "
                                        + status
                                        + ")"
                                        + suffix(message, ""))
                        : new ApiException(
                                ApiException.Kind.REFUSED,
                                status,
                                "the server refused the request (HTTP "
                                        + status
                                        + ")"
                                        + suffix(message, ""));
        }
    }

    private static String unauthorized(URI base, String user) {
        if (user == null) {
            return "the torc server at "
                    + base
                    + " requires authentication and no credentials were sent: set TORC_USERNAME"
                    + " and TORC_PASSWORD, or pass --username";
        }
        return "the torc server at "
                + base
                + " rejected the credentials of user '"
                + user
                + "': check the password (TORC_PASSWORD or --password) or ask an administrator"
                + " to add the user with torc-htpasswd";
    }

    private static String suffix(String message, String fallback) {
        String text = message == null || message.isBlank() ? fallback : message;
        return text.isBlank() ? "" : ": " + text;
    }

    private static String oneLine(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "..." : line;
    }
}
