/**
 * Failure handlers: rules that say which failed jobs may be retried, and how often.
 *
 * <p>Offers create, read, delete and listing per workflow, and {@link
 * org.torc.failure.FailureHandlerService#maxRetries} for the retry check: the first rule whose
 * {@code exit_codes} contain the return code, or that has {@code match_all_exit_codes} and a
 * non-zero code, gives {@code max_retries} (3 when absent).
 *
 * <p>Decisions: {@code rules} stays a JSON array in a string, as the contract declares; anything
 * else is a 422. A job without a handler, or whose return code no rule matches, may be retried
 * without limit (a person asked for it).
 *
 * <p>Not yet: running a rule's {@code recovery_script}; that is the job runner's part.
 */
package org.torc.failure;
