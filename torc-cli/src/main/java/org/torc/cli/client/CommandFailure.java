package org.torc.cli.client;

/** A command that cannot do what was asked, with one line saying why; exit code 1. */
public final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }
}
