package org.torc.identitystore;

/** How the server treats requests with respect to authentication. */
public enum AuthMode {
    /** No htpasswd file: every request is allowed and nobody is authenticated. */
    OFF("No htpasswd file configured, authentication disabled"),

    /**
     * An htpasswd file: requests without credentials proceed as anonymous, valid credentials are
     * accepted, wrong ones are refused.
     */
    OPTIONAL("Authentication is OPTIONAL (backward compatible mode)"),

    /** An htpasswd file and authentication required: only valid credentials get through. */
    REQUIRED("Authentication is REQUIRED for all requests");

    private final String startupMessage;

    AuthMode(String startupMessage) {
        this.startupMessage = startupMessage;
    }

    /** The line the server logs at startup to say which mode it runs in. */
    public String startupMessage() {
        return startupMessage;
    }
}
