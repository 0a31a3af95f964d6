package org.torc.web.auth;

/**
 * An Authorization header that cannot be read as Basic credentials. The message is one of a few
 * fixed reasons and never quotes the header.
 */
class MalformedCredentialsException extends Exception {

    private static final long serialVersionUID = 1L;

    MalformedCredentialsException(String reason) {
        super(reason);
    }
}
