package org.torc.cli.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.torc.cli.server.LogLevels.Level;

class LogLevelsTest {

    @Test
    void overallLevelAppliesToEveryTorcLogger() {
        assertEquals("torc.level=WARNING\n", LogLevels.of(Level.WARN, null, null).asProperties());
    }

    @Test
    void torcLogSetsLevelsPerLogger() {
        String props =
                LogLevels.of(Level.INFO, null, "torc.server.auth=debug,torc.server=info")
                        .asProperties();

        assertTrue(props.contains("torc.server.auth.level=FINE\n"), props);
        assertTrue(props.contains("torc.server.level=INFO\n"), props);
    }

    @Test
    void rustLogUsesTheOriginalsNames() {
        String props = LogLevels.of(Level.INFO, "torc::server::auth=trace", null).asProperties();

        assertTrue(props.contains("torc.server.auth.level=FINEST\n"), props);
    }

    @Test
    void torcLogWinsOverRustLogForTheSameLogger() {
        String props =
                LogLevels.of(Level.INFO, "torc::server=debug", "torc.server=error").asProperties();

        assertTrue(props.endsWith("torc.server.level=SEVERE\n"), props);
    }

    @Test
    void bareLevelInTheVariableAppliesToAllOfTorc() {
        assertTrue(LogLevels.of(Level.INFO, "debug", null).isVerbose());
        assertFalse(LogLevels.of(Level.INFO, null, null).isVerbose());
    }

    @Test
    void malformedDirectiveNamesTheVariable() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> LogLevels.of(Level.INFO, null, "torc.server=chatty"));

        assertTrue(
                e.getMessage().startsWith("TORC_LOG: unknown log level 'chatty'"), e.getMessage());
    }
}
