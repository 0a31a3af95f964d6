package org.torc.identitystore;

/**
 * Too many password checks are waiting already; the request should be retried later. Thrown instead
 * of queueing without bound, so that a flood of guesses is turned away quickly.
 */
public class CredentialCheckBusyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CredentialCheckBusyException() {
        super("too many password checks in progress; retry shortly");
    }
}
