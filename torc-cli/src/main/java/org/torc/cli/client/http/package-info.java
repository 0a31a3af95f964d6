/**
 * Talking to a torc server: {@link org.torc.cli.client.http.TorcApi} sends JSON over {@code
 * HttpURLConnection}, pages through lists, and turns every failure into an {@link
 * org.torc.cli.client.http.ApiException} of one line; {@link
 * org.torc.cli.client.http.CredentialSource} finds the credentials; {@link
 * org.torc.cli.client.http.TrustedCertificates} trusts a PEM certificate for {@code https}.
 *
 * <p>Decisions: responses stay Jackson trees rather than generated model classes, so output in the
 * original's JSON shapes passes through unchanged and fields this client does not know are kept.
 * Credentials go in every request (HTTP Basic, UTF-8), never in a log line; debug logging shows
 * method, URL, status and time. Lists are fetched 10,000 records per page, the contract's
 * recommended size. {@code --ca-cert} replaces the default trust store rather than adding to it.
 * For start-up time, answers are read into trees by {@link org.torc.cli.client.http.JsonTrees} (no
 * {@code ObjectMapper} unless a request has a body), and the transport is {@code HttpURLConnection}
 * rather than {@code java.net.http}: the latter's selector thread waits in native code, and a JVM
 * exits 300 ms late while such a thread is there. The JDK sends a GET, PUT or DELETE whose
 * connection failed once more; a POST it never repeats.
 *
 * <p>Not yet: HTTP proxies, client certificates, retries beyond that one (the job runner retries on
 * its own, bounded by {@code --server-wait}).
 */
package org.torc.cli.client.http;
