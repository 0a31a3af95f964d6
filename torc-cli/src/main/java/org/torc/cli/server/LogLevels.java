package org.torc.cli.server;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The log levels an operator asked for, turned into java.util.logging settings.
 *
 * <p>Three sources, later ones winning: {@code --log-level} (or {@code TORC_LOG_LEVEL}) for all of
 * torc, then {@code RUST_LOG} with the original's names ({@code torc::server::auth=debug}), then
 * {@code TORC_LOG} with ours ({@code torc.server.auth=debug}). A bare level in either variable
 * applies to every torc logger.
 */
public final class LogLevels {

    private final Level overall;
    private final Map<String, Level> perLogger = new LinkedHashMap<>();

    /** The levels operators name, with their java.util.logging equivalents. */
    public enum Level {
        ERROR("SEVERE"),
        WARN("WARNING"),
        INFO("INFO"),
        DEBUG("FINE"),
        TRACE("FINEST");

        private final String julName;

        Level(String julName) {
            this.julName = julName;
        }

        String julName() {
            return julName;
        }

        /** Parses {@code debug}, {@code WARN}, ... and the usual aliases. */
        public static Level parse(String text) {
            String name = text.strip().toUpperCase(Locale.ROOT);
            return switch (name) {
                case "WARNING" -> WARN;
                case "SEVERE" -> ERROR;
                default -> {
                    try {
                        yield valueOf(name);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(
                                "unknown log level '"
                                        + text.strip()
                                        + "' (use error, warn, info, debug or trace)");
                    }
                }
            };
        }
    }

    private LogLevels(Level overall) {
        this.overall = overall;
    }

    /**
     * Combines the sources.
     *
     * @throws IllegalArgumentException naming the variable when a directive is malformed
     */
    public static LogLevels of(Level overall, String rustLog, String torcLog) {
        LogLevels levels = new LogLevels(overall);
        levels.apply("RUST_LOG", rustLog);
        levels.apply("TORC_LOG", torcLog);
        return levels;
    }

    private void apply(String variable, String directives) {
        if (directives == null || directives.isBlank()) {
            return;
        }
        for (String directive : directives.split(",")) {
            if (directive.isBlank()) {
                continue;
            }
            try {
                applyOne(directive.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(variable + ": " + e.getMessage());
            }
        }
    }

    private void applyOne(String directive) {
        int equals = directive.indexOf('=');
        if (equals < 0) {
            perLogger.put("torc", Level.parse(directive));
            return;
        }
        String logger = directive.substring(0, equals).strip().replace("::", ".");
        if (logger.isEmpty()) {
            throw new IllegalArgumentException("missing logger name in '" + directive + "'");
        }
        perLogger.put(logger, Level.parse(directive.substring(equals + 1)));
    }

    /** Whether any torc logger speaks at debug or finer; then stack traces are shown. */
    public boolean isVerbose() {
        return overall.compareTo(Level.DEBUG) >= 0
                || perLogger.values().stream().anyMatch(l -> l.compareTo(Level.DEBUG) >= 0);
    }

    /** Lines to append to a logging.properties file. */
    public String asProperties() {
        StringBuilder text = new StringBuilder("torc.level=" + overall.julName() + "\n");
        perLogger.forEach(
                (logger, level) ->
                        text.append(logger).append(".level=").append(level.julName()).append('\n'));
        return text.toString();
    }
}
