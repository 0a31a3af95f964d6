package org.torc.web.schedulers;

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
import org.torc.records.Page;
import org.torc.scheduler.ScheduledComputeNode;
import org.torc.scheduler.ScheduledComputeNodeService;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /scheduled_compute_nodes}: compute nodes requested from a scheduler. */
@Path("scheduled_compute_nodes")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ScheduledComputeNodeResource {

    @Inject ScheduledComputeNodeService schedulers;

    @POST
    @Operation(
            operationId = "create_scheduled_compute_node",
            summary = "Store a scheduled compute node.")
    public ScheduledComputeNode create(ScheduledComputeNode node) {
        return schedulers.create(Bodies.required(node));
    }

    @GET
    @Operation(
            operationId = "list_scheduled_compute_nodes",
            summary = "Retrieve scheduled compute node records for one workflow.")
    public Page<ScheduledComputeNode> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("scheduler_id") Long schedulerId,
            @QueryParam("scheduler_config_id") Long schedulerConfigId,
            @QueryParam("status") String status) {
        return schedulers.list(
                Paging.required(workflowId, "workflow_id"),
                schedulerId,
                schedulerConfigId,
                status,
                paging.request());
    }

    @DELETE
    @Operation(
            operationId = "delete_scheduled_compute_nodes",
            summary = "Delete all scheduled compute node records for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", schedulers.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "get_scheduled_compute_node",
            summary = "Retrieve a scheduled compute node.")
    public ScheduledComputeNode get(@PathParam("id") Long id) {
        return schedulers.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "update_scheduled_compute_node",
            summary = "Update a scheduled compute node.")
    public ScheduledComputeNode update(@PathParam("id") Long id, ScheduledComputeNode changes) {
        return schedulers.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "delete_scheduled_compute_node",
            summary = "Delete a scheduled compute node.")
    public ScheduledComputeNode delete(@PathParam("id") Long id) {
        return schedulers.delete(id);
    }
}
