package org.torc.problem;

/**
 * A request the services refuse, with a message a person can act on.
 *
 * <p>The web layer turns each {@link Kind} into an HTTP status; services never speak HTTP.
 */
public class ServiceException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind {
        /** The workflow, job or record does not exist (404). */
        NOT_FOUND,
        /** The record exists but is in a state that forbids the change (409). */
        CONFLICT,
        /** The request is well formed but its content is wrong (422). */
        INVALID,
        /** The request itself is malformed: a bad parameter or field (400). */
        BAD_REQUEST,
        /** The caller may not do this (403). */
        FORBIDDEN
    }

    private final Kind kind;

    public ServiceException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ServiceException notFound(String what, long id) {
        return new ServiceException(Kind.NOT_FOUND, what + " " + id + " not found");
    }

    public static ServiceException conflict(String message) {
        return new ServiceException(Kind.CONFLICT, message);
    }

    public static ServiceException invalid(String message) {
        return new ServiceException(Kind.INVALID, message);
    }

    public static ServiceException badRequest(String message) {
        return new ServiceException(Kind.BAD_REQUEST, message);
    }
}
