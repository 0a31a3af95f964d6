package org.torc.web.userdata;

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
import org.torc.userdata.UserData;
import org.torc.userdata.UserDataService;
import org.torc.web.params.Bodies;
import org.torc.web.params.Paging;

/** {@code /user_data}: JSON values that jobs read and write. */
@Path("user_data")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class UserDataResource {

    @Inject UserDataService userData;

    @POST
    @Operation(operationId = "create_user_data", summary = "Store a user data record.")
    public UserData create(
            UserData record,
            @QueryParam("consumer_job_id") Long consumerJobId,
            @QueryParam("producer_job_id") Long producerJobId) {
        return userData.create(Bodies.required(record), consumerJobId, producerJobId);
    }

    @GET
    @Operation(
            operationId = "list_user_data",
            summary = "Retrieve all user data records for one workflow.")
    public Page<UserData> list(
            @QueryParam("workflow_id") Long workflowId,
            @BeanParam Paging paging,
            @QueryParam("consumer_job_id") Long consumerJobId,
            @QueryParam("producer_job_id") Long producerJobId,
            @QueryParam("name") String name,
            @QueryParam("is_ephemeral") Boolean isEphemeral) {
        UserDataService.Filter filter =
                new UserDataService.Filter(consumerJobId, producerJobId, name, isEphemeral);
        return userData.list(Paging.required(workflowId, "workflow_id"), filter, paging.request());
    }

    @DELETE
    @Operation(
            operationId = "delete_all_user_data",
            summary = "Delete all user data records for one workflow.")
    public Map<String, Long> deleteAll(@QueryParam("workflow_id") Long workflowId) {
        return Map.of("count", userData.deleteAll(Paging.required(workflowId, "workflow_id")));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "get_user_data", summary = "Retrieve a user data record.")
    public UserData get(@PathParam("id") Long id) {
        return userData.get(id);
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "update_user_data", summary = "Update a user data record.")
    public UserData update(@PathParam("id") Long id, UserData changes) {
        return userData.update(id, Bodies.required(changes));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "delete_user_data", summary = "Delete a user data record.")
    public UserData delete(@PathParam("id") Long id) {
        return userData.delete(id);
    }
}
