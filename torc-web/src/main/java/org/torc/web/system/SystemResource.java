package org.torc.web.system;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Liveness and identity of the service: {@code /ping} and {@code /version}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {

    @GET
    @Path("ping")
    @Operation(operationId = "ping", summary = "Check if the service is running.")
    public Map<String, String> ping() {
        return Map.of("status", "ok");
    }

    @GET
    @Path("version")
    @Operation(operationId = "get_version", summary = "Return the version of the service.")
    public Map<String, String> version() {
        return Map.of("version", ServiceVersion.VERSION, "api_version", ServiceVersion.API_VERSION);
    }
}
