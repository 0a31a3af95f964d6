package org.torc.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2UpkeepTest {

    private static final int ROWS = 2_000;

    @TempDir Path dir;

    @Test
    void runsForAnH2FileOnly() {
        assertTrue(H2Upkeep.start(DatabaseSettings.parse("jdbc:h2:mem:upkeep"), 20).isEmpty());
        assertTrue(
                H2Upkeep.start(DatabaseSettings.parse("postgresql://127.0.0.1:1/none"), 20)
                        .isEmpty());
    }

    @Test
    void forcesWritesEveryPeriodUntilClosed() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("rounds"));
        Optional<H2Upkeep> started = H2Upkeep.start(settings, 20);
        assertTrue(started.isPresent());
        H2Upkeep upkeep = started.get();
        try {
            for (int i = 0; i < 250 && upkeep.rounds() < 3; i++) {
                Thread.sleep(20);
            }
            assertTrue(upkeep.rounds() >= 3, "rounds: " + upkeep.rounds());
        } finally {
            upkeep.close();
        }
        long afterClose = upkeep.rounds();
        Thread.sleep(100);
        assertEquals(afterClose, upkeep.rounds());
    }

    /**
     * Commits an update, and every other time an appended row, about every millisecond for ten
     * seconds on the server's own H2 settings with the upkeep running: once the retention time has
     * passed, the file reuses what it freed and grows far slower than before. With H2's default of
     * 45 s it grows at the same pace all along (93 MB in the first 4 s, 110 MB from 6 s to 10 s).
     */
    @Test
    void aChurnedFileStopsGrowingAfterTheRetentionTime() throws Exception {
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("churn"));
        Path file = dir.resolve("churn.mv.db");
        try (Connection connection = open(settings);
                H2Upkeep upkeep = H2Upkeep.start(settings, H2Upkeep.PERIOD_MILLIS).orElseThrow();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE t SET state = ? WHERE id = ?");
                PreparedStatement append =
                        connection.prepareStatement("INSERT INTO log (line) VALUES (?)")) {
            Random random = new Random(42);
            long start = System.nanoTime();
            long early = churnUntil(update, append, random, start, 4_000, file);
            long before = Files.size(file);
            churnUntil(update, append, random, start, 6_000, file);
            long atSix = Files.size(file);
            churnUntil(update, append, random, start, 10_000, file);
            long late = Files.size(file) - atSix;
            assertTrue(
                    late * 3 < early,
                    "grew "
                            + early / 1024
                            + " KiB in the first 4 s, "
                            + late / 1024
                            + " KiB from 6 s to 10 s (file "
                            + before / 1024
                            + " KiB at 4 s)");
        }
    }

    /**
     * Updates random rows and appends a row every other update, one commit each, until {@code
     * untilMillis}; answers the growth of the file.
     */
    private static long churnUntil(
            PreparedStatement update,
            PreparedStatement append,
            Random random,
            long start,
            long untilMillis,
            Path file)
            throws SQLException, IOException {
        long size = Files.size(file);
        int i = 0;
        while ((System.nanoTime() - start) / 1_000_000 < untilMillis) {
            update.setString(1, i++ % 2 == 0 ? "running" : "completed");
            update.setInt(2, random.nextInt(ROWS));
            update.executeUpdate();
            if (i % 2 == 0) {
                append.setString(1, "row " + i + " changed");
                append.executeUpdate();
            }
            LockSupport.parkNanos(1_000_000);
        }
        return Files.size(file) - size;
    }

    private static Connection open(DatabaseSettings settings) throws SQLException {
        Connection connection =
                DriverManager.getConnection(
                        settings.jdbcUrl(), settings.user(), settings.password());
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE t (id INT PRIMARY KEY, state VARCHAR(20), pad VARCHAR(200))");
            ddl.execute("CREATE INDEX t_state ON t (state)");
            ddl.execute(
                    "CREATE TABLE log (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                            + " line VARCHAR)");
            ddl.execute(
                    "INSERT INTO t SELECT x, 'ready', REPEAT('x', 150)"
                            + " FROM SYSTEM_RANGE(1, "
                            + ROWS
                            + ")");
        }
        return connection;
    }
}
