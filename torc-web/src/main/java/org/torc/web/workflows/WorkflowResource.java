package org.torc.web.workflows;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.torc.event.EventService;
import org.torc.failure.FailureHandler;
import org.torc.failure.FailureHandlerService;
import org.torc.file.FileService;
import org.torc.job.ComputeResources;
import org.torc.job.Job;
import org.torc.job.JobClaims;
import org.torc.job.JobInitialization;
import org.torc.job.JobRelations;
import org.torc.job.JobService;
import org.torc.records.Page;
import org.torc.userdata.UserDataService;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;
import org.torc.workflow.CompletionState;
import org.torc.workflow.JobsSortMethod;
import org.torc.workflow.Workflow;
import org.torc.workflow.WorkflowService;
import org.torc.workflow.WorkflowStatus;

/** {@code /workflows}: workflows, their run state, and the operations on all their jobs. */
@Path("workflows")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class WorkflowResource {

    @Inject WorkflowService workflows;
    @Inject JobService jobs;
    @Inject JobInitialization initialization;
    @Inject JobClaims claims;
    @Inject JobRelations relations;
    @Inject FileService files;
    @Inject UserDataService userData;
    @Inject EventService events;
    @Inject FailureHandlerService failureHandlers;
    @Context SecurityContext security;

    @POST
    @Operation(operationId = "create_workflow", summary = "Store a workflow.")
    public Workflow create(Workflow workflow) {
        return workflows.create(Bodies.required(workflow), authenticatedUser());
    }

    /** The authenticated caller's name, or null for an anonymous request. */
    private String authenticatedUser() {
        Principal principal = security == null ? null : security.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }

    @GET
    @Operation(operationId = "list_workflows", summary = "Retrieve all workflows.")
    public Page<Workflow> list(
            @BeanParam Paging paging,
            @QueryParam("name") String name,
            @QueryParam("user") String user,
            @QueryParam("description") String description,
            @QueryParam("is_archived") Boolean isArchived) {
        WorkflowService.Filter filter =
                new WorkflowService.Filter(name, user, description, isArchived);
        return workflows.list(filter, paging.request());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_workflow", summary = "Retrieve a workflow.")
    public Workflow get(@PathParam("id") Long id) {
        return workflows.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_workflow", summary = "Update a workflow.")
    public Workflow update(@PathParam("id") Long id, Workflow changes) {
        return workflows.update(id, Bodies.required(changes), authenticatedUser());
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_workflow", summary = "Delete a workflow.")
    public Workflow delete(@PathParam("id") Long id) {
        return workflows.delete(id);
    }

    @GET
    @Path("{id}/status")
    @Operation(operationId = "get_workflow_status", summary = "Return the workflow status.")
    public WorkflowStatus status(@PathParam("id") Long id) {
        return workflows.status(id);
    }

    @PUT
    @Path("{id}/status")
    @Operation(operationId = "update_workflow_status", summary = "Update the workflow status.")
    public WorkflowStatus updateStatus(@PathParam("id") Long id, WorkflowStatus status) {
        return workflows.updateStatus(id, Bodies.required(status));
    }

    @PUT
    @Path("{id}/cancel")
    @Operation(operationId = "cancel_workflow", summary = "Cancel a workflow.")
    public WorkflowStatus cancel(@PathParam("id") Long id) {
        return workflows.cancel(id);
    }

    @POST
    @Path("{id}/reset_status")
    @Operation(operationId = "reset_workflow_status", summary = "Reset workflow status.")
    public WorkflowStatus resetStatus(
            @PathParam("id") Long id, @QueryParam("force") @DefaultValue("false") Boolean force) {
        return workflows.resetStatus(id, force);
    }

    @GET
    @Path("{id}/is_complete")
    @Operation(
            operationId = "is_workflow_complete",
            summary = "Return true if all jobs in the workflow are complete.")
    public CompletionState isComplete(@PathParam("id") Long id) {
        return workflows.isComplete(id);
    }

    @GET
    @Path("{id}/is_uninitialized")
    @Operation(
            operationId = "is_workflow_uninitialized",
            summary = "Return true if all jobs in the workflow are uninitialized or disabled.")
    public Map<String, Boolean> isUninitialized(@PathParam("id") Long id) {
        return Map.of("is_uninitialized", workflows.isUninitialized(id));
    }

    @GET
    @Path("{id}/latest_event_timestamp")
    @Operation(
            operationId = "get_latest_event_timestamp",
            summary = "Return the timestamp of the latest event in ms since the epoch in UTC.")
    public Map<String, Long> latestEventTimestamp(@PathParam("id") Long id) {
        Long latest = events.latestTimestamp(id);
        return Map.of("timestamp", latest == null ? 0L : latest);
    }

    @GET
    @Path("{id}/required_existing_files")
    @Operation(
            operationId = "list_required_existing_files",
            summary = "List files that must exist.")
    public Map<String, Object> requiredExistingFiles(@PathParam("id") Long id) {
        return Map.of("files", files.requiredExistingFiles(id));
    }

    @GET
    @Path("{id}/missing_user_data")
    @Operation(
            operationId = "list_missing_user_data",
            summary = "List missing user data that should exist.")
    public Map<String, Object> missingUserData(@PathParam("id") Long id) {
        return Map.of("user_data", userData.missingUserData(id));
    }

    @GET
    @Path("{id}/job_ids")
    @Operation(operationId = "list_job_ids", summary = "Retrieve all job IDs for one workflow.")
    public Map<String, Object> jobIds(@PathParam("id") Long id) {
        var ids = jobs.ids(id);
        return Map.of("job_ids", ids, "count", ids.size());
    }

    @GET
    @Path("{id}/job_dependencies")
    @Operation(
            operationId = "list_job_dependencies",
            summary = "Retrieve job blocking relationships for a workflow.")
    public Page<JobRelations.Dependency> jobDependencies(
            @PathParam("id") Long id, @BeanParam Paging paging) {
        return relations.dependencies(id, paging.request());
    }

    @GET
    @Path("{id}/job_file_relationships")
    @Operation(
            operationId = "list_job_file_relationships",
            summary = "Retrieve job-file relationships for a workflow.")
    public Page<JobRelations.FileRelation> jobFileRelationships(
            @PathParam("id") Long id, @BeanParam Paging paging) {
        return relations.files(id, paging.request());
    }

    @GET
    @Path("{id}/job_user_data_relationships")
    @Operation(
            operationId = "list_job_user_data_relationships",
            summary = "Retrieve job-user_data relationships for a workflow.")
    public Page<JobRelations.UserDataRelation> jobUserDataRelationships(
            @PathParam("id") Long id, @BeanParam Paging paging) {
        return relations.userData(id, paging.request());
    }

    @GET
    @Path("{id}/failure_handlers")
    @Operation(
            operationId = "list_failure_handlers",
            summary = "List failure handlers for a workflow.")
    public Page<FailureHandler> failureHandlers(
            @PathParam("id") Long id, @BeanParam Paging paging) {
        return failureHandlers.list(id, paging.request());
    }

    @POST
    @Path("{id}/initialize_jobs")
    @Operation(
            operationId = "initialize_jobs",
            summary = "Initialize job relationships based on file and user_data relationships.")
    public JobInitialization.Summary initializeJobs(
            @PathParam("id") Long id,
            @QueryParam("only_uninitialized") @DefaultValue("false") Boolean onlyUninitialized,
            @QueryParam("clear_ephemeral_user_data") @DefaultValue("true")
                    Boolean clearEphemeralUserData) {
        return initialization.initialize(id, onlyUninitialized, clearEphemeralUserData);
    }

    @POST
    @Path("{id}/reset_job_status")
    @Operation(
            operationId = "reset_job_status",
            summary = "Reset status for jobs to uninitialized.")
    public JobInitialization.ResetSummary resetJobStatus(
            @PathParam("id") Long id,
            @QueryParam("failed_only") @DefaultValue("false") Boolean failedOnly) {
        return initialization.resetJobStatus(id, failedOnly);
    }

    @GET
    @Path("{id}/ready_job_requirements")
    @Operation(
            operationId = "get_ready_job_requirements",
            summary = "Return the resource requirements for jobs with a status of ready.")
    public JobClaims.ReadyRequirements readyJobRequirements(
            @PathParam("id") Long id, @QueryParam("scheduler_config_id") Long schedulerConfigId) {
        return claims.readyRequirements(id, schedulerConfigId);
    }

    @POST
    @Path("{id}/claim_next_jobs")
    @Operation(
            operationId = "claim_next_jobs",
            summary = "Return ready jobs and set their status to pending.")
    public Map<String, Object> claimNextJobs(
            @PathParam("id") Long id, @QueryParam("limit") @DefaultValue("1") Long limit) {
        List<Job> claimed = claims.claimNext(id, limit);
        return Map.of("jobs", claimed);
    }

    @POST
    @Path("{id}/claim_jobs_based_on_resources/{limit}")
    @Operation(
            operationId = "claim_jobs_based_on_resources",
            summary = "Return ready jobs that fit the worker's resources; set them to pending.")
    public JobClaims.Claim claimJobsBasedOnResources(
            @PathParam("id") Long id,
            @PathParam("limit") Long limit,
            @QueryParam("sort_method") JobsSortMethod sortMethod,
            @QueryParam("strict_scheduler_match") @DefaultValue("false") Boolean strict,
            ComputeResources resources) {
        return claims.claimByResources(id, limit, Bodies.required(resources), sortMethod, strict);
    }
}
