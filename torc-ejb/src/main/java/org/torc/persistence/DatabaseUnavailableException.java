package org.torc.persistence;

/** The database cannot be reached, opened or migrated; the message names it without password. */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message) {
        super(message);
    }
}
