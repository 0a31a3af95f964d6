package org.torc.web.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.torc.event.EventService;
import org.torc.event.WorkflowEvent;
import org.torc.records.Page;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /events}: what happened in a workflow. */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class EventResource {

    @Inject EventService events;

    @POST
    @Operation(operationId = "create_event", summary = "Store an event.")
    public WorkflowEvent create(WorkflowEvent event) {
        return events.create(Bodies.required(event));
    }

    @GET
    @Operation(operationId = "list_events", summary = "Retrieve all events for one workflow.")
    public Page<WorkflowEvent> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("category") String category,
            @QueryParam("after_timestamp") Long afterTimestamp) {
        return events.list(
                Paging.required(workflowId, "workflow_id"),
                category,
                afterTimestamp,
                paging.request());
    }

    @DELETE
    @Operation(operationId = "delete_events", summary = "Delete all events for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", events.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_event", summary = "Retrieve an event by ID.")
    public WorkflowEvent get(@PathParam("id") Long id) {
        return events.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_event", summary = "Update an event.")
    public WorkflowEvent update(@PathParam("id") Long id, WorkflowEvent changes) {
        return events.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_event", summary = "Delete an event.")
    public WorkflowEvent delete(@PathParam("id") Long id) {
        return events.delete(id);
    }
}
