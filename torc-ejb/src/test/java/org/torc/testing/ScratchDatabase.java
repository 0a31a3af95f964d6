package org.torc.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.torc.persistence.Database;
import org.torc.persistence.DatabaseSettings;

/** A migrated database that exists for one test class and is removed afterwards. */
public final class ScratchDatabase implements AutoCloseable {

    /** The local PostgreSQL server the tests use (user postgres, trust authentication). */
    public static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    private final DatabaseSettings settings;
    private final Database database;
    private final Runnable cleanup;

    private ScratchDatabase(DatabaseSettings settings, Runnable cleanup) {
        this.settings = settings;
        this.database = Database.open(settings);
        this.cleanup = cleanup;
    }

    /** An H2 file in a fresh temporary directory. */
    public static ScratchDatabase h2() {
        try {
            Path dir = Files.createTempDirectory("torc-test-");
            return new ScratchDatabase(
                    DatabaseSettings.embedded(dir.resolve("torc.db")), () -> deleteTree(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database on the local PostgreSQL; skips (or fails, see package) when absent. */
    public static ScratchDatabase postgres() {
        requirePostgres();
        String name = "torc_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE DATABASE " + name);
        return new ScratchDatabase(
                new DatabaseSettings(POSTGRES + name, "postgres", ""),
                () -> admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"));
    }

    /** Skips the calling test when PostgreSQL is unreachable, unless externals are required. */
    public static void requirePostgres() {
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

    private static void admin(String sql) {
        try (Connection admin = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    public Database database() {
        return database;
    }

    /** Another connection pool on the same database, as a second server process would have. */
    public Database openAgain() {
        return Database.open(settings);
    }

    public boolean isPostgres() {
        return !settings.isEmbedded();
    }

    @Override
    public void close() {
        database.close();
        cleanup.run();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
