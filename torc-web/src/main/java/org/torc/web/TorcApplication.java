package org.torc.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

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
                        license = @License(name = "BSD 3-Clause")),
        security = @SecurityRequirement(name = TorcApplication.SECURITY_SCHEME))
@SecurityScheme(
        securitySchemeName = TorcApplication.SECURITY_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description =
                "User name and password from the server's htpasswd file. Required when the server"
                        + " runs with --require-auth; otherwise requests without credentials are"
                        + " anonymous.")
public class TorcApplication extends Application {

    public static final String BASE_PATH = "/torc-service/v1";

    /** The name of HTTP Basic authentication in the published OpenAPI document. */
    public static final String SECURITY_SCHEME = "basicAuth";

    /**
     * Payara's Jersey discovers JSON providers on its own (JSON-B, MOXy, and its own Jackson
     * feature with plain-text error mappers); they would read and write bodies ahead of {@link
     * org.torc.web.json.JsonMapper} and ignore its field names and error rules. Naming another JSON
     * feature and disabling JSON-B and MOXy leaves {@code JsonMapper} as the one provider.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.jsonFeature",
                "TorcJsonMapper",
                "jersey.config.server.jsonFeature",
                "TorcJsonMapper",
                "jersey.config.server.disableJsonBinding",
                true,
                "jersey.config.server.disableMoxyJson",
                true);
    }
}
