package org.torc.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same migrations build the schema on H2 and on PostgreSQL, and a reopen keeps the data. */
class MigrationTest {

    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir Path dir;

    @Test
    void reopeningTheH2FileKeepsItsRecords() {
        DatabaseSettings settings = DatabaseSettings.embedded(dir.resolve("torc.db"));

        Instant first = birth(settings);
        Instant second = birth(settings);

        assertEquals(first, second);
    }

    @Test
    void migrationsRunOnAScratchPostgresDatabase() throws SQLException {
        String name = "torc_test_" + UUID.randomUUID().toString().replace("-", "");
        requirePostgres();
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
            try {
                DatabaseSettings settings = new DatabaseSettings(POSTGRES + name, "postgres", "");
                assertEquals(birth(settings), birth(settings));
            } finally {
                statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }
        }
    }

    @Test
    void unreachableDatabaseIsAClearError() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://127.0.0.1:1/x", "", "");

        DatabaseUnavailableException e =
                assertThrows(DatabaseUnavailableException.class, () -> Database.open(settings));

        assertTrue(e.getMessage().startsWith("cannot connect to database jdbc:postgresql://"));
    }

    private static Instant birth(DatabaseSettings settings) {
        try (Database database = Database.open(settings)) {
            return database.inTransaction(
                    em -> em.find(SchemaMarker.class, 1).createdAt().toInstant());
        }
    }

    /** Skips when PostgreSQL is absent, unless the build demands every external tool. */
    static void requirePostgres() {
        try (Connection ignored =
                DriverManager.getConnection(POSTGRES + "postgres", "postgres", "")) {
            return;
        } catch (SQLException e) {
            String reason = "PostgreSQL not reachable at 127.0.0.1:5432: " + e.getMessage();
            if (Boolean.getBoolean("torc.requireExternal")) {
                throw new AssertionError(reason);
            }
            Assumptions.abort(reason);
        }
    }
}
