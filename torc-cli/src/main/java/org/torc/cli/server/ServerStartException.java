package org.torc.cli.server;

/** The server cannot start for a reason outside the command line: a port, a file, a database. */
class ServerStartException extends RuntimeException {

    ServerStartException(String message) {
        super(message);
    }
}
