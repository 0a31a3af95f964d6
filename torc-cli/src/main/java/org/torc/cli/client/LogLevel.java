package org.torc.cli.client;

import java.util.logging.Level;

/** {@code --log-level}: how much the client says about what it does, on standard error. */
public enum LogLevel {
    error(Level.SEVERE),
    warn(Level.WARNING),
    info(Level.INFO),
    debug(Level.FINE),
    trace(Level.FINEST);

    private final Level level;

    LogLevel(Level level) {
        this.level = level;
    }

    public Level level() {
        return level;
    }
}
