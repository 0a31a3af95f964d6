package org.torc.web.files;

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
import org.torc.file.FileRecord;
import org.torc.file.FileService;
import org.torc.records.Page;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /files}: the files of a workflow. */
@Path("files")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class FileResource {

    @Inject FileService files;

    @POST
    @Operation(operationId = "create_file", summary = "Store a file.")
    public FileRecord create(FileRecord file) {
        return files.create(Bodies.required(file));
    }

    @GET
    @Operation(operationId = "list_files", summary = "Retrieve all files for one workflow.")
    public Page<FileRecord> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("produced_by_job_id") Long producedByJobId,
            @QueryParam("name") String name,
            @QueryParam("path") String path,
            @QueryParam("is_output") Boolean isOutput) {
        FileService.Filter filter = new FileService.Filter(producedByJobId, name, path, isOutput);
        return files.list(Paging.required(workflowId, "workflow_id"), filter, paging.request());
    }

    @DELETE
    @Operation(operationId = "delete_files", summary = "Delete all files for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", files.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_file", summary = "Retrieve a file.")
    public FileRecord get(@PathParam("id") Long id) {
        return files.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_file", summary = "Update a file.")
    public FileRecord update(@PathParam("id") Long id, FileRecord changes) {
        return files.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_file", summary = "Delete a file.")
    public FileRecord delete(@PathParam("id") Long id) {
        return files.delete(id);
    }
}
