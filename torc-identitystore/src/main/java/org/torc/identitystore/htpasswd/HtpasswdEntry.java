package org.torc.identitystore.htpasswd;

/** One {@code user:hash} line of an htpasswd file, with its line number (from 1). */
public record HtpasswdEntry(String user, BcryptHash hash, int lineNumber) {}
