package org.torc.identitystore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's authentication options, as the launcher passes them.
 *
 * <p>Each is read from a system property first, then from an environment variable: {@code
 * torc.auth.file} or {@code TORC_AUTH_FILE} (the htpasswd file; none means authentication is off),
 * {@code torc.auth.required} or {@code TORC_AUTH_REQUIRED} ({@code true} or {@code false}), {@code
 * torc.auth.cacheTtlSecs} or {@code TORC_CREDENTIAL_CACHE_TTL_SECS} (seconds a successful check is
 * remembered, default 60, 0 turns the cache off).
 *
 * @param htpasswdFile the htpasswd file, absolute; empty when authentication is off
 * @param required whether requests without valid credentials are refused
 * @param cacheTtl how long a successful check is remembered; zero for never
 */
public record AuthSettings(Optional<Path> htpasswdFile, boolean required, Duration cacheTtl) {

    public static final Duration DEFAULT_CACHE_TTL = Duration.ofSeconds(60);

    /**
     * @throws IllegalArgumentException if authentication is required but there is no file
     */
    public AuthSettings {
        if (required && htpasswdFile.isEmpty()) {
            throw new IllegalArgumentException(
                    "authentication is required but no htpasswd file is configured"
                            + " (torc.auth.file or TORC_AUTH_FILE)");
        }
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("the credential cache TTL must not be negative");
        }
        htpasswdFile = htpasswdFile.map(Path::toAbsolutePath);
    }

    /** The settings of this process. */
    public static AuthSettings fromSystem() {
        return from(System.getProperties(), System.getenv());
    }

    /**
     * The settings given by these system properties and environment variables.
     *
     * @throws IllegalArgumentException for a value that cannot be read, naming the option
     */
    public static AuthSettings from(Properties properties, Map<String, String> environment) {
        Optional<Path> file =
                option(properties, "torc.auth.file", environment, "TORC_AUTH_FILE").map(Path::of);
        boolean required =
                option(properties, "torc.auth.required", environment, "TORC_AUTH_REQUIRED")
                        .map(value -> parseBoolean("torc.auth.required", value))
                        .orElse(false);
        Duration ttl =
                option(
                                properties,
                                "torc.auth.cacheTtlSecs",
                                environment,
                                "TORC_CREDENTIAL_CACHE_TTL_SECS")
                        .map(value -> parseSeconds("torc.auth.cacheTtlSecs", value))
                        .orElse(DEFAULT_CACHE_TTL);
        return new AuthSettings(file, required, ttl);
    }

    /** Off without a file, else required or optional. */
    public AuthMode mode() {
        if (htpasswdFile.isEmpty()) {
            return AuthMode.OFF;
        }
        return required ? AuthMode.REQUIRED : AuthMode.OPTIONAL;
    }

    private static Optional<String> option(
            Properties properties, String property, Map<String, String> environment, String env) {
        String value = properties.getProperty(property);
        if (value == null || value.isBlank()) {
            value = environment.get(env);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static boolean parseBoolean(String name, String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                    throw new IllegalArgumentException(
                            name + " must be true or false, not '" + value + "'");
        };
    }

    private static Duration parseSeconds(String name, String value) {
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    name + " must be a whole number of seconds (0 or more), not '" + value + "'");
        }
    }
}
