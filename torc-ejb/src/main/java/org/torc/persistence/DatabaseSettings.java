package org.torc.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Where the database is and how to log in to it.
 *
 * <p>Operators name a database in one of three ways: a file path (the embedded H2 default), a JDBC
 * URL, or a libpq-style URL such as {@code postgresql://user:secret@host:5432/torc}. All are
 * reduced here to a JDBC URL plus optional user and password, so nothing downstream parses URLs.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {

    /** The file database used when nothing else is configured. */
    public static final String DEFAULT_LOCATION = "./torc.db";

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * Parses what an operator typed into {@code --database} or {@code DATABASE_URL}.
     *
     * @throws IllegalArgumentException when the text is not a path or a URL we understand
     */
    public static DatabaseSettings parse(String location) {
        String text = location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
        if (text.startsWith("jdbc:postgresql:") || text.startsWith("jdbc:h2:")) {
            return new DatabaseSettings(text, null, null);
        }
        if (text.startsWith("jdbc:")) {
            throw new IllegalArgumentException(
                    "unsupported database URL (use H2 or PostgreSQL): " + redact(text));
        }
        if (text.startsWith("postgresql://") || text.startsWith("postgres://")) {
            return fromLibpqUrl(text);
        }
        if (text.contains("://")) {
            throw new IllegalArgumentException("unsupported database URL: " + redact(text));
        }
        return embedded(Path.of(text));
    }

    /**
     * An H2 database in a file that only this process opens; it never listens on a port.
     *
     * <p>{@code WRITE_DELAY=0} writes each commit to the file before answering: H2's default delay
     * of up to a second lost acknowledged job completions when the server was killed ({@code kill
     * -9}) in the benchmark's fault test. {@code QUERY_CACHE_SIZE=64} keeps the parsed form of
     * every statement a job's claim, start and completion use (H2 keeps 8 per connection). {@code
     * RETENTION_TIME=2000} lets H2 reuse the space of superseded data after 2 s instead of 45 s;
     * {@link H2Upkeep} forces the file's writes to disk every 250 ms, which makes that safe.
     */
    public static DatabaseSettings embedded(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        return new DatabaseSettings(
                "jdbc:h2:file:"
                        + path
                        + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0"
                        + ";QUERY_CACHE_SIZE=64;RETENTION_TIME=2000",
                "sa",
                "");
    }

    private static DatabaseSettings fromLibpqUrl(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed database URL: " + redact(text));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("database URL has no host: " + redact(text));
        }
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        String database = uri.getRawPath() == null ? "" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbcUrl = "jdbc:postgresql://" + uri.getHost() + port + database + query;
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        return new DatabaseSettings(jdbcUrl, user, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * Opens one JDBC connection and closes it again.
     *
     * @throws DatabaseUnavailableException naming the database (without password) when that fails
     */
    public void checkReachable() {
        loadDriver();
        try (Connection ignored = DriverManager.getConnection(jdbcUrl, user, password)) {
            return;
        } catch (SQLException e) {
            throw new DatabaseUnavailableException(
                    "cannot connect to database " + displayUrl() + ": " + firstLine(e));
        }
    }

    /**
     * Registers the JDBC driver from this application's class loader. In a WAR on Payara the
     * drivers of WEB-INF/lib are not registered with {@link DriverManager} on their own (its
     * service lookup runs with the server's class loader), so PostgreSQL would be "no suitable
     * driver" although its jar is there.
     */
    private void loadDriver() {
        String driver = isEmbedded() ? "org.h2.Driver" : "org.postgresql.Driver";
        try {
            Class.forName(driver, true, DatabaseSettings.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new DatabaseUnavailableException("JDBC driver " + driver + " is missing");
        }
    }

    private static String firstLine(SQLException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** True for an H2 database kept in a file and opened in this process, not through a server. */
    public boolean isEmbeddedFile() {
        if (!isEmbedded()) {
            return false;
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        return rest.startsWith("file:") || !rest.matches("(?s)[A-Za-z]{2,}:.*");
    }

    /** The URL with any password and H2 options removed, for messages and logs. */
    public String displayUrl() {
        String shown = isEmbedded() ? jdbcUrl.replaceFirst(";.*", "") : redact(jdbcUrl);
        return user.isEmpty() || isEmbedded() ? shown : shown + " (user " + user + ")";
    }

    /** Replaces the password part of {@code user:password@} and of {@code password=} with ***. */
    public static String redact(String url) {
        return url.replaceAll("(//[^/@:]*:)[^/@]*@", "$1***@")
                .replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return displayUrl();
    }
}
