/**
 * The database: where it is, its schema and how services reach it.
 *
 * <p>Offers {@link org.torc.persistence.DatabaseSettings} (a path, a JDBC URL or a {@code
 * postgresql://} URL reduced to JDBC terms, password kept out of messages), {@link
 * org.torc.persistence.Database} (Flyway migrations at open, a resource-local EclipseLink unit, one
 * transaction per call) and a CDI producer that opens it once per application.
 *
 * <p>Decisions: the embedded default is an H2 file opened by this process alone, never with {@code
 * AUTO_SERVER}, so nothing listens on a port. The persistence unit is resource-local and built by
 * the application from {@code META-INF/torc-persistence.xml}: the container's default data source
 * is never touched, and the same code runs in unit tests without a container. Rejected: a
 * container-managed JTA data source, which differs per server (Payara, WildFly) and would need
 * per-server configuration for the database URL. The shared cache is off so that two servers on one
 * PostgreSQL database never read stale rows. Migrations are plain SQL accepted by both H2 and
 * PostgreSQL. EclipseLink's own pool keeps what it opens (its minimum is its maximum, 32 unless
 * {@code torc.database.poolSize} says otherwise): with a smaller minimum it closed and reopened
 * connections for most requests under load. On the embedded H2 file, a thread forces the writes to
 * disk every 250 ms and compacts sparse chunks, so that H2 may reuse freed space after 2 s rather
 * than 45: under the benchmark's load the file grows far slower (see {@code H2Upkeep}).
 *
 * <p>Not yet: a JNDI data source for operators who prefer the server's own pool.
 */
package org.torc.persistence;
