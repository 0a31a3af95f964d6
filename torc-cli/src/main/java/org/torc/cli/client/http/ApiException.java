package org.torc.cli.client.http;

/**
 * A request the server could not be reached for, or refused: one line a person can act on, and what
 * kind of failure it was so callers can decide to retry.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** No answer: connection refused, name not resolved, timeout, connection dropped. */
        UNREACHABLE,
        /** The TLS handshake failed, usually an untrusted certificate. */
        TLS,
        /** 401. */
        UNAUTHORIZED,
        /** 403. */
        FORBIDDEN,
        /** 404. */
        NOT_FOUND,
        /** Another 4xx: the request itself was refused. */
        REFUSED,
        /** 5xx. */
        SERVER_ERROR,
        /** A response that is not what the contract promises. */
        PROTOCOL
    }

    private final Kind kind;
    private final int status;

    public ApiException(Kind kind, int status, String message) {
        super(message);
        this.kind = kind;
        this.status = status;
    }

    public ApiException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.status = 0;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status, or 0 if there was no response. */
    public int status() {
        return status;
    }

    /** True if waiting and trying again may help: the server is down or restarting. */
    public boolean isTransient() {
        return kind == Kind.UNREACHABLE || status == 502 || status == 503 || status == 504;
    }
}
