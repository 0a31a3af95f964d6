package org.torc.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void pathMeansAnEmbeddedH2FileThatNeverListens() {
        DatabaseSettings settings = DatabaseSettings.parse("./data/torc.db");

        assertTrue(settings.isEmbedded());
        String expected = Path.of("data/torc.db").toAbsolutePath().normalize().toString();
        assertTrue(settings.jdbcUrl().startsWith("jdbc:h2:file:" + expected + ";"));
        assertFalse(settings.jdbcUrl().contains("AUTO_SERVER"));
    }

    @Test
    void nothingConfiguredMeansTorcDbInTheWorkingDirectory() {
        DatabaseSettings settings = DatabaseSettings.parse(null);

        String expected = Path.of("torc.db").toAbsolutePath().normalize().toString();
        assertEquals("jdbc:h2:file:" + expected, settings.displayUrl());
    }

    @Test
    void onlyAnH2FileOpenedInThisProcessIsAnEmbeddedFile() {
        assertTrue(DatabaseSettings.parse("./data/torc.db").isEmbeddedFile());
        assertTrue(DatabaseSettings.parse("jdbc:h2:file:/srv/torc").isEmbeddedFile());
        assertTrue(DatabaseSettings.parse("jdbc:h2:./torc").isEmbeddedFile());
        assertFalse(DatabaseSettings.parse("jdbc:h2:mem:scratch").isEmbeddedFile());
        assertFalse(DatabaseSettings.parse("jdbc:h2:tcp://db.example/torc").isEmbeddedFile());
        assertFalse(DatabaseSettings.parse("postgresql://db.example/torc").isEmbeddedFile());
    }

    @Test
    void libpqUrlBecomesJdbcWithUserAndPassword() {
        DatabaseSettings settings =
                DatabaseSettings.parse("postgresql://alice:p%40ss@db.example:5433/torc?ssl=true");

        assertEquals("jdbc:postgresql://db.example:5433/torc?ssl=true", settings.jdbcUrl());
        assertEquals("alice", settings.user());
        assertEquals("p@ss", settings.password());
        assertFalse(settings.isEmbedded());
    }

    @Test
    void jdbcUrlIsTakenAsItIs() {
        String url = "jdbc:postgresql://127.0.0.1:5432/torc";

        assertEquals(url, DatabaseSettings.parse(url).jdbcUrl());
    }

    @Test
    void displayUrlNeverShowsAPassword() {
        String shown =
                DatabaseSettings.parse("jdbc:postgresql://h/torc?user=a&password=hunter2")
                        .displayUrl();

        assertFalse(shown.contains("hunter2"), shown);
        assertEquals(
                "jdbc:postgresql://u:***@h/db",
                DatabaseSettings.redact("jdbc:postgresql://u:pw@h/db"));
    }

    @Test
    void otherDatabasesAreRefusedByName() {
        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> DatabaseSettings.parse("mysql://root:pw@localhost/torc"));

        assertTrue(e.getMessage().contains("unsupported database URL"), e.getMessage());
        assertFalse(e.getMessage().contains("pw@"), e.getMessage());
    }
}
