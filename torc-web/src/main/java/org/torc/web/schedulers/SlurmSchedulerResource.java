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
import org.torc.scheduler.SlurmScheduler;
import org.torc.scheduler.SlurmSchedulerService;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /slurm_schedulers}: Slurm allocation descriptions (stored, not submitted). */
@Path("slurm_schedulers")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class SlurmSchedulerResource {

    @Inject SlurmSchedulerService schedulers;

    @POST
    @Operation(
            operationId = "create_slurm_scheduler",
            summary = "Store a Slurm compute node configuration.")
    public SlurmScheduler create(SlurmScheduler scheduler) {
        return schedulers.create(Bodies.required(scheduler));
    }

    @GET
    @Operation(
            operationId = "list_slurm_schedulers",
            summary = "Retrieve the Slurm compute node configurations of one workflow.")
    public Page<SlurmScheduler> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("name") String name,
            @QueryParam("account") String account,
            @QueryParam("gres") String gres,
            @QueryParam("mem") String mem,
            @QueryParam("nodes") Long nodes,
            @QueryParam("partition") String partition,
            @QueryParam("qos") String qos,
            @QueryParam("tmp") String tmp,
            @QueryParam("walltime") String walltime) {
        SlurmSchedulerService.Filter filter =
                new SlurmSchedulerService.Filter(
                        name, account, gres, mem, nodes, partition, qos, tmp, walltime);
        return schedulers.list(
                Paging.required(workflowId, "workflow_id"), filter, paging.request());
    }

    @DELETE
    @Operation(
            operationId = "delete_slurm_schedulers",
            summary = "Delete the Slurm compute node configurations of one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", schedulers.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "get_slurm_scheduler",
            summary = "Retrieve a Slurm compute node configuration.")
    public SlurmScheduler get(@PathParam("id") Long id) {
        return schedulers.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "update_slurm_scheduler",
            summary = "Update a Slurm compute node configuration.")
    public SlurmScheduler update(@PathParam("id") Long id, SlurmScheduler changes) {
        return schedulers.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "delete_slurm_scheduler",
            summary = "Delete Slurm compute node configuration.")
    public SlurmScheduler delete(@PathParam("id") Long id) {
        return schedulers.delete(id);
    }
}
