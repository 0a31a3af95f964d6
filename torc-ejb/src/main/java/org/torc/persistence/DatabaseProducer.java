package org.torc.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

/**
 * Opens the application's one {@link Database} from the server's settings.
 *
 * <p>The location comes from the system property {@code torc.database.url}, else the environment
 * variable {@code DATABASE_URL}, else the embedded default {@code ./torc.db}. The launcher sets the
 * property; on a full application server an operator sets either.
 */
@ApplicationScoped
public class DatabaseProducer {

    static final String PROPERTY = "torc.database.url";
    static final String ENVIRONMENT = "DATABASE_URL";

    @Produces
    @ApplicationScoped
    Database open() {
        return Database.open(configured());
    }

    void close(@Disposes Database database) {
        database.close();
    }

    /** The settings this process is configured with. */
    public static DatabaseSettings configured() {
        String location = System.getProperty(PROPERTY);
        if (location == null || location.isBlank()) {
            location = System.getenv(ENVIRONMENT);
        }
        DatabaseSettings parsed = DatabaseSettings.parse(location);
        String user = System.getProperty("torc.database.user", System.getenv("TORC_DATABASE_USER"));
        String password = System.getenv("TORC_DATABASE_PASSWORD");
        if (user == null && password == null) {
            return parsed;
        }
        return new DatabaseSettings(
                parsed.jdbcUrl(),
                user == null ? parsed.user() : user,
                password == null ? parsed.password() : password);
    }
}
