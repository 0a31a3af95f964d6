/**
 * Test support shared with other modules' tests: the rule for tests that need outside tools, the
 * bcrypt oracles (Apache's htpasswd, Python's bcrypt), and log capture.
 */
package org.torc.identitystore.testing;
