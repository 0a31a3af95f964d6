package org.torc.identitystore.testing;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a tool outside the JVM: skipped with a reason when it is missing, failed instead
 * when the system property {@code torc.requireExternal} is {@code true} (as in CI).
 */
public final class External {

    private External() {}

    /** Skips or fails the calling test unless the tool is available. */
    public static void require(String tool, boolean available, String reason) {
        if (available) {
            return;
        }
        String message = tool + " is not available: " + reason;
        if (Boolean.getBoolean("torc.requireExternal")) {
            fail(message + " (torc.requireExternal=true)");
        }
        Assumptions.abort(message);
    }
}
