package org.torc.job;

import java.time.Duration;

/**
 * How long a claimed job may stay pending before it is offered again: a runner starts what it
 * claims at once, so a job still pending after the lease was claimed by a runner that died, or
 * whose claim answer was lost when the server died.
 *
 * <p>Read from the system property {@code torc.claim.leaseSecs}, else the environment variable
 * {@code TORC_CLAIM_LEASE_SECS}; five minutes when neither is set. Zero turns expiry off.
 */
public record ClaimLease(Duration duration) {

    static final String PROPERTY = "torc.claim.leaseSecs";
    static final String ENVIRONMENT = "TORC_CLAIM_LEASE_SECS";
    static final Duration DEFAULT = Duration.ofMinutes(5);

    public ClaimLease {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a claim lease cannot be negative: " + duration);
        }
    }

    /** The configured lease; a malformed setting is refused with its name and value. */
    public static ClaimLease configured() {
        String text = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (text == null || text.isBlank()) {
            return new ClaimLease(DEFAULT);
        }
        try {
            return new ClaimLease(Duration.ofSeconds(Long.parseLong(text.trim())));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    PROPERTY + " must be a number of seconds, 0 or more; got '" + text + "'", e);
        }
    }

    boolean expires() {
        return !duration.isZero();
    }

    /** Claims made before this instant (epoch milliseconds) have expired at {@code nowMillis}. */
    long cutoff(long nowMillis) {
        return nowMillis - duration.toMillis();
    }
}
