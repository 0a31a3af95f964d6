package org.torc.web.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.torc.persistence.Database;

/**
 * Opens the database when the application starts, not on the first request, so that a bad database
 * fails the deployment at once and the first caller does not pay for migrations.
 */
@ApplicationScoped
public class Startup {

    private static final Logger LOG = Logger.getLogger("torc.server");

    @Inject Database database;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(
                () ->
                        "Torc server "
                                + ServiceVersion.VERSION
                                + " started with database "
                                + database.settings().displayUrl());
    }
}
