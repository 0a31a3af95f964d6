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
import org.torc.scheduler.LocalScheduler;
import org.torc.scheduler.LocalSchedulerService;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /local_schedulers}: local compute node configurations. */
@Path("local_schedulers")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class LocalSchedulerResource {

    @Inject LocalSchedulerService schedulers;

    @POST
    @Operation(operationId = "create_local_scheduler", summary = "Store a local scheduler.")
    public LocalScheduler create(LocalScheduler scheduler) {
        return schedulers.create(Bodies.required(scheduler));
    }

    @GET
    @Operation(
            operationId = "list_local_schedulers",
            summary = "Retrieve local schedulers for one workflow.")
    public Page<LocalScheduler> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("memory") String memory,
            @QueryParam("num_cpus") Long numCpus) {
        return schedulers.list(
                Paging.required(workflowId, "workflow_id"), memory, numCpus, paging.request());
    }

    @DELETE
    @Operation(
            operationId = "delete_local_schedulers",
            summary = "Delete all local schedulers for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", schedulers.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_local_scheduler", summary = "Retrieve a local scheduler.")
    public LocalScheduler get(@PathParam("id") Long id) {
        return schedulers.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_local_scheduler", summary = "Update a local scheduler.")
    public LocalScheduler update(@PathParam("id") Long id, LocalScheduler changes) {
        return schedulers.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_local_scheduler", summary = "Delete a local scheduler.")
    public LocalScheduler delete(@PathParam("id") Long id) {
        return schedulers.delete(id);
    }
}
