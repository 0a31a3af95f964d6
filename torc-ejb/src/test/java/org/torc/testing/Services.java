package org.torc.testing;

import org.torc.compute.ComputeNodeService;
import org.torc.event.EventService;
import org.torc.failure.FailureHandlerService;
import org.torc.file.FileService;
import org.torc.job.JobClaims;
import org.torc.job.JobInitialization;
import org.torc.job.JobRelations;
import org.torc.job.JobService;
import org.torc.job.JobTransitions;
import org.torc.persistence.Database;
import org.torc.resource.ResourceRequirementsService;
import org.torc.result.ResultService;
import org.torc.scheduler.LocalSchedulerService;
import org.torc.scheduler.ScheduledComputeNodeService;
import org.torc.scheduler.SlurmSchedulerService;
import org.torc.userdata.UserDataService;
import org.torc.workflow.WorkflowService;

/** Every service over one database, built the way CDI builds them. */
public record Services(
        WorkflowService workflows,
        JobService jobs,
        JobInitialization initialization,
        JobClaims claims,
        JobTransitions transitions,
        JobRelations relations,
        FileService files,
        UserDataService userData,
        ResourceRequirementsService resources,
        ResultService results,
        EventService events,
        ComputeNodeService computeNodes,
        FailureHandlerService failureHandlers,
        LocalSchedulerService localSchedulers,
        SlurmSchedulerService slurmSchedulers,
        ScheduledComputeNodeService scheduledComputeNodes) {

    public static Services over(Database database) {
        return new Services(
                new WorkflowService(database),
                new JobService(database),
                new JobInitialization(database),
                new JobClaims(database),
                new JobTransitions(database),
                new JobRelations(database),
                new FileService(database),
                new UserDataService(database),
                new ResourceRequirementsService(database),
                new ResultService(database),
                new EventService(database),
                new ComputeNodeService(database),
                new FailureHandlerService(database),
                new LocalSchedulerService(database),
                new SlurmSchedulerService(database),
                new ScheduledComputeNodeService(database));
    }
}
