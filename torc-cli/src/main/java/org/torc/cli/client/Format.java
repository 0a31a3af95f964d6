package org.torc.cli.client;

/** How commands print records: a table for people, JSON for programs. */
public enum Format {
    table,
    json
}
