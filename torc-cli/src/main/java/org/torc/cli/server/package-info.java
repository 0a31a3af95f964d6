/**
 * {@code torc-server}: the launcher that runs the Torc WAR on Payara Micro.
 *
 * <p>{@code run} checks everything it can before Payara boots, so mistakes end in one line and the
 * right exit code: bad options (2), an unreachable database or a port in use (1). It then starts
 * Payara Micro in a child JVM with the WAR at context root {@code /}, passes the application's
 * settings as system properties in a file (never on the command line), prints one line once {@code
 * /ping} answers, and on Ctrl-C or SIGTERM stops Payara with SIGTERM so the database closes
 * cleanly.
 *
 * <p>Decisions: a child JVM rather than Payara's embedding API, because Payara Micro unpacks itself
 * into its own class loader and the launcher should stay small; Hazelcast is off (no multicast
 * here) and so is phone-home. Log records are one line (time, level, logger, message) through
 * java.util.logging's SimpleFormatter, whose level names are Java's (SEVERE, WARNING, INFO, FINE,
 * FINEST for error, warn, info, debug, trace). HTTPS uses a PKCS#12 key store built at each start
 * from the operator's PEM files, with a random password. Starts are faster from the second one on:
 * the first records a class data sharing archive of the server's classes in the cache directory
 * when it stops, later ones map it (see {@link org.torc.cli.server.ClassDataArchive}).
 *
 * <p>Not yet: PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) keys, which must be converted to PKCS#8.
 */
package org.torc.cli.server;
