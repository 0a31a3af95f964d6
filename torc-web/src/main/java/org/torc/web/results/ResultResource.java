package org.torc.web.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.torc.job.JobStatus;
import org.torc.records.Page;
import org.torc.result.JobResult;
import org.torc.result.ResultService;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /results}: outcomes of job runs; the current run's unless all runs are asked for. */
@Path("results")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ResultResource {

    @Inject ResultService results;

    @POST
    @Operation(operationId = "create_result", summary = "Store a job result.")
    public JobResult create(JobResult result) {
        return results.create(Bodies.required(result));
    }

    @GET
    @Operation(operationId = "list_results", summary = "Retrieve all job results for one workflow.")
    public Page<JobResult> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("job_id") Long jobId,
            @QueryParam("run_id") Long runId,
            @QueryParam("return_code") Long returnCode,
            @QueryParam("status") JobStatus status,
            @QueryParam("compute_node_id") Long computeNodeId,
            @QueryParam("all_runs") @DefaultValue("false") Boolean allRuns) {
        ResultService.Filter filter =
                new ResultService.Filter(jobId, runId, returnCode, status, computeNodeId, allRuns);
        return results.list(Paging.required(workflowId, "workflow_id"), filter, paging.request());
    }

    @DELETE
    @Operation(operationId = "delete_results", summary = "Delete all job results for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", results.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_result", summary = "Retrieve a job result.")
    public JobResult get(@PathParam("id") Long id) {
        return results.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_result", summary = "Update a job result.")
    public JobResult update(@PathParam("id") Long id, JobResult changes) {
        return results.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_result", summary = "Delete a job result.")
    public JobResult delete(@PathParam("id") Long id) {
        return results.delete(id);
    }
}
