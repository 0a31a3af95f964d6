package org.torc.web.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.torc.job.Job;
import org.torc.job.JobService;
import org.torc.records.Require;
import org.torc.web.params.Bodies;

/** {@code /bulk_jobs}: up to 10,000 jobs of one workflow in one call, all or nothing. */
@Path("bulk_jobs")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
public class BulkJobsResource {

    @Inject JobService jobs;

    /** The contract's {@code jobs_model} and {@code create_jobs_response}. */
    public record Jobs(@JsonProperty("jobs") List<Job> jobs) {}

    @POST
    @Operation(
            operationId = "create_jobs",
            summary = "Create jobs in bulk. Recommended max job count of 10,000.")
    public Jobs create(Jobs batch) {
        List<Job> given = Require.present(Bodies.required(batch).jobs(), "jobs");
        return new Jobs(jobs.createAll(given));
    }
}
