package org.torc.web.system;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.torc.persistence.Database;

/** Up while the database answers a trivial query; load balancers poll it under {@code /health}. */
@Readiness
@Liveness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Inject Database database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("database").status(database.isHealthy()).build();
    }
}
