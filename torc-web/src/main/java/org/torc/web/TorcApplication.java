package org.torc.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The REST service: every resource answers under {@code /torc-service/v1}.
 *
 * <p>The published OpenAPI document names each path in full ({@code /torc-service/v1/ping}) and
 * declares no server of its own, so a generated client's base URL is just the host.
 */
@ApplicationPath(TorcApplication.BASE_PATH)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "torc",
                        version = "v0.7.0",
                        description =
                                "Workflow orchestration service: workflows, jobs, files, user"
                                        + " data and results.",
                        license = @License(name = "BSD 3-Clause")))
public class TorcApplication extends Application {

    public static final String BASE_PATH = "/torc-service/v1";
}
