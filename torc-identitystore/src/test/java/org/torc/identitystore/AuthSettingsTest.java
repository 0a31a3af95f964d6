package org.torc.identitystore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AuthSettingsTest {

    @Test
    void nothingConfiguredMeansOff() {
        AuthSettings settings = AuthSettings.from(new Properties(), Map.of());

        assertEquals(AuthMode.OFF, settings.mode());
        assertEquals(Duration.ofSeconds(60), settings.cacheTtl());
    }

    @Test
    void systemPropertiesComeBeforeTheEnvironment() {
        Properties properties = new Properties();
        properties.setProperty("torc.auth.file", "/etc/torc/htpasswd");
        properties.setProperty("torc.auth.cacheTtlSecs", "0");

        AuthSettings settings =
                AuthSettings.from(
                        properties,
                        Map.of("TORC_AUTH_FILE", "/elsewhere", "TORC_AUTH_REQUIRED", "true"));

        assertEquals(Optional.of(Path.of("/etc/torc/htpasswd")), settings.htpasswdFile());
        assertEquals(AuthMode.REQUIRED, settings.mode());
        assertEquals(Duration.ZERO, settings.cacheTtl());
    }

    @Test
    void aFileAloneIsOptional() {
        AuthSettings settings =
                AuthSettings.from(new Properties(), Map.of("TORC_AUTH_FILE", "users"));

        assertEquals(AuthMode.OPTIONAL, settings.mode());
        assertTrue(settings.htpasswdFile().orElseThrow().isAbsolute());
    }

    @Test
    void requiredWithoutAFileIsRefused() {
        Properties properties = new Properties();
        properties.setProperty("torc.auth.required", "true");

        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AuthSettings.from(properties, Map.of()));
        assertTrue(e.getMessage().contains("no htpasswd file"));
    }

    @Test
    void unreadableValuesNameTheOption() {
        Properties properties = new Properties();
        properties.setProperty("torc.auth.cacheTtlSecs", "-1");

        IllegalArgumentException e =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> AuthSettings.from(properties, Map.of()));
        assertTrue(e.getMessage().startsWith("torc.auth.cacheTtlSecs"));
    }
}
