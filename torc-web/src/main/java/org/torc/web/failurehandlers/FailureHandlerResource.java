package org.torc.web.failurehandlers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.torc.failure.FailureHandler;
import org.torc.failure.FailureHandlerService;
import org.torc.web.params.Bodies;

/**
 * {@code /failure_handlers}: retry rules. Listing is per workflow, under {@code
 * /workflows/{id}/failure_handlers}.
 */
@Path("failure_handlers")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class FailureHandlerResource {

    @Inject FailureHandlerService handlers;

    @POST
    @Operation(operationId = "create_failure_handler", summary = "Create a failure handler.")
    public FailureHandler create(FailureHandler handler) {
        return handlers.create(Bodies.required(handler));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_failure_handler", summary = "Get a failure handler by ID.")
    public FailureHandler get(@PathParam("id") Long id) {
        return handlers.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_failure_handler", summary = "Delete a failure handler.")
    public FailureHandler delete(@PathParam("id") Long id) {
        return handlers.delete(id);
    }
}
