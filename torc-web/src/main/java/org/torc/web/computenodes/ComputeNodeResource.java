package org.torc.web.computenodes;

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
import org.torc.compute.ComputeNode;
import org.torc.compute.ComputeNodeService;
import org.torc.records.Page;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /compute_nodes}: machines that ran job runners for a workflow. */
@Path("compute_nodes")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ComputeNodeResource {

    @Inject ComputeNodeService nodes;

    @POST
    @Operation(operationId = "create_compute_node", summary = "Store a compute node.")
    public ComputeNode create(ComputeNode node) {
        return nodes.create(Bodies.required(node));
    }

    @GET
    @Operation(
            operationId = "list_compute_nodes",
            summary = "Retrieve all compute node records for one workflow.")
    public Page<ComputeNode> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("hostname") String hostname,
            @QueryParam("is_active") Boolean isActive,
            @QueryParam("scheduled_compute_node_id") Long scheduledComputeNodeId) {
        return nodes.list(
                Paging.required(workflowId, "workflow_id"), hostname, isActive, paging.request());
    }

    @DELETE
    @Operation(
            operationId = "delete_compute_nodes",
            summary = "Delete all compute node records for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", nodes.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_compute_node", summary = "Retrieve a compute node by ID.")
    public ComputeNode get(@PathParam("id") Long id) {
        return nodes.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_compute_node", summary = "Update a compute node.")
    public ComputeNode update(@PathParam("id") Long id, ComputeNode changes) {
        return nodes.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_compute_node", summary = "Delete a compute node.")
    public ComputeNode delete(@PathParam("id") Long id) {
        return nodes.delete(id);
    }
}
