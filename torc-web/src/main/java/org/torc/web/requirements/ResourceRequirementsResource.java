package org.torc.web.requirements;

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
import org.torc.resource.ResourceRequirements;
import org.torc.resource.ResourceRequirementsService;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /resource_requirements}: what jobs need to run. */
@Path("resource_requirements")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class ResourceRequirementsResource {

    @Inject ResourceRequirementsService requirements;

    @POST
    @Operation(
            operationId = "create_resource_requirements",
            summary = "Store one resource requirements record.")
    public ResourceRequirements create(ResourceRequirements record) {
        return requirements.create(Bodies.required(record));
    }

    @GET
    @Operation(
            operationId = "list_resource_requirements",
            summary = "Retrieve all resource requirements records for one workflow.")
    public Page<ResourceRequirements> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("job_id") Long jobId,
            @QueryParam("name") String name,
            @QueryParam("memory") String memory,
            @QueryParam("num_cpus") Long numCpus,
            @QueryParam("num_gpus") Long numGpus,
            @QueryParam("num_nodes") Long numNodes,
            @QueryParam("runtime") Long runtime) {
        ResourceRequirementsService.Filter filter =
                new ResourceRequirementsService.Filter(
                        jobId, name, memory, numCpus, numGpus, numNodes, runtime);
        return requirements.list(
                Paging.required(workflowId, "workflow_id"), filter, paging.request());
    }

    @DELETE
    @Operation(
            operationId = "delete_resource_requirements",
            summary = "Delete all resource requirements records for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", requirements.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(
            operationId = "get_resource_requirements",
            summary = "Retrieve one resource requirements record.")
    public ResourceRequirements get(@PathParam("id") Long id) {
        return requirements.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            operationId = "update_resource_requirements",
            summary = "Update one resource requirements record.")
    public ResourceRequirements update(@PathParam("id") Long id, ResourceRequirements changes) {
        return requirements.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(
            operationId = "delete_resource_requirement",
            summary = "Delete a resource requirements record.")
    public ResourceRequirements delete(@PathParam("id") Long id) {
        return requirements.delete(id);
    }
}
