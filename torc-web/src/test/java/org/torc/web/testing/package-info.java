/**
 * Test support: real servers on Payara Micro for HTTP-level tests.
 *
 * <p>Not a mock: {@link org.torc.web.testing.RunningServer} runs the packaged WAR on the real
 * runtime, with a real file database, exactly as {@code torc-server run} would.
 */
package org.torc.web.testing;
