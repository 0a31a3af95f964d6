package org.torc.web.jobs;

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
import org.torc.job.Job;
import org.torc.job.JobService;
import org.torc.job.JobStatus;
import org.torc.job.JobTransitions;
import org.torc.records.Page;
import org.torc.result.JobResult;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /jobs}: jobs and the steps of a claimed job (start, complete, retry). */
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class JobResource {

    @Inject JobService jobs;
    @Inject JobTransitions transitions;

    @POST
    @Operation(operationId = "create_job", summary = "Store a job.")
    public Job create(Job job) {
        return jobs.create(Bodies.required(job));
    }

    @GET
    @Operation(operationId = "list_jobs", summary = "Retrieve all jobs for one workflow.")
    public Page<Job> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("status") JobStatus status,
            @QueryParam("needs_file_id") Long needsFileId,
            @QueryParam("upstream_job_id") Long upstreamJobId,
            @QueryParam("active_compute_node_id") Long activeComputeNodeId,
            @QueryParam("include_relationships") @DefaultValue("false")
                    Boolean includeRelationships) {
        JobService.Filter filter =
                new JobService.Filter(
                        status,
                        needsFileId,
                        upstreamJobId,
                        activeComputeNodeId,
                        includeRelationships);
        return jobs.list(Paging.required(workflowId, "workflow_id"), filter, paging.request());
    }

    @DELETE
    @Operation(operationId = "delete_jobs", summary = "Delete all jobs for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", jobs.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_job", summary = "Retrieve a job.")
    public Job get(@PathParam("id") Long id) {
        return jobs.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_job", summary = "Update a job.")
    public Job update(@PathParam("id") Long id, Job changes) {
        return jobs.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_job", summary = "Delete a job.")
    public Job delete(@PathParam("id") Long id) {
        return jobs.delete(id);
    }

    @PUT
    @Path("{id}/start_job/{run_id}/{compute_node_id}")
    @Operation(operationId = "start_job", summary = "Start a job and manage side effects.")
    public Job start(
            @PathParam("id") Long id,
            @PathParam("run_id") Long runId,
            @PathParam("compute_node_id") Long computeNodeId) {
        return transitions.start(id, runId, computeNodeId);
    }

    @POST
    @Path("{id}/complete_job/{status}/{run_id}")
    @Operation(
            operationId = "complete_job",
            summary = "Complete a job, connect it to a result, and manage side effects.")
    public Job complete(
            @PathParam("id") Long id,
            @PathParam("status") JobStatus status,
            @PathParam("run_id") Long runId,
            JobResult result) {
        return transitions.complete(id, status, runId, Bodies.required(result));
    }

    @PUT
    @Path("{id}/manage_status_change/{status}/{run_id}")
    @Operation(
            operationId = "manage_status_change",
            summary = "Change the status of a job and manage side effects.")
    public Job manageStatusChange(
            @PathParam("id") Long id,
            @PathParam("status") JobStatus status,
            @PathParam("run_id") Long runId) {
        return transitions.changeStatus(id, status, runId);
    }

    @POST
    @Path("{id}/retry/{run_id}")
    @Operation(operationId = "retry_job", summary = "Retry a failed job.")
    public Job retry(@PathParam("id") Long id, @PathParam("run_id") Long runId) {
        return transitions.retry(id, runId);
    }
}
