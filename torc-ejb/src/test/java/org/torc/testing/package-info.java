/**
 * Test support for the services: scratch databases on H2 (a temporary file) and on the local
 * PostgreSQL (a database created for the test class and dropped after it).
 *
 * <p>PostgreSQL tests are skipped with a reason when the server is not reachable, unless the system
 * property {@code torc.requireExternal} is {@code true}, which turns the skip into a failure.
 */
package org.torc.testing;
