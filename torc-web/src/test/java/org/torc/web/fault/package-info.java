/**
 * Fault tests that run in the normal suite, each in well under a minute: hostile input (ten
 * thousand random and malformed Authorization headers, a thousand malformed JSON bodies) must get
 * only 4xx answers and leave the database as it was; an htpasswd file replaced by a malformed one
 * under load must lock nobody out and fail no request.
 *
 * <p>Decisions: requests with malformed header bytes go over a plain socket ({@code RawHttp}),
 * because {@code java.net.http} refuses to send them; the corpora are seeded, so a failure can be
 * replayed; test users have cost-4 hashes made once by Apache's {@code htpasswd}, so load stays
 * cheap and no tool is needed at run time.
 *
 * <p>The longer fault tests (kill -9 of the server during a run of 1,000 jobs and a restart; two
 * servers sharing one PostgreSQL database) live in {@code bench/run}, beside the benchmarks.
 *
 * <p>Not yet: malformed workflow specifications through the {@code torc} client.
 */
package org.torc.web.fault;
