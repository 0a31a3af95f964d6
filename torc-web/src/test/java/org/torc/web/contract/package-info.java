/**
 * HTTP-level tests of the contract on a real server: every resource, the job life cycle end to end,
 * failure cascades, retry, cancel, and the answers to bad input.
 *
 * <p>All test classes share one server ({@link org.torc.web.testing.RunningServer#shared()}); each
 * test makes its own workflow, so tests do not depend on each other.
 */
package org.torc.web.contract;
