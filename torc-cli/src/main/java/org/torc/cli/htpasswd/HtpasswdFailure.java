package org.torc.cli.htpasswd;

/** A command that could not do its work; printed as one line, exit code 1. */
class HtpasswdFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    HtpasswdFailure(String message) {
        super(message);
    }
}
