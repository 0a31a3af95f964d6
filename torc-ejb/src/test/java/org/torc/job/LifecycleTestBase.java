package org.torc.job;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.torc.file.FileRecord;
import org.torc.result.JobResult;
import org.torc.testing.Json;
import org.torc.testing.Services;
import org.torc.workflow.Workflow;

/** Building blocks of the life-cycle tests: workflows, jobs and files from short JSON. */
abstract class LifecycleTestBase {

    abstract Services services();

    long workflow() {
        return services().workflows().create(new Workflow("wf", "alice"), null).id();
    }

    Job job(long workflowId, String name, String moreJson) {
        String extra = moreJson.isEmpty() ? "" : ", " + moreJson;
        return services()
                .jobs()
                .create(
                        Json.read(
                                "{'workflow_id': "
                                        + workflowId
                                        + ", 'name': '"
                                        + name
                                        + "', 'command': 'echo "
                                        + name
                                        + "'"
                                        + extra
                                        + "}",
                                Job.class));
    }

    Job job(long workflowId, String name) {
        return job(workflowId, name, "");
    }

    Job jobAfter(long workflowId, String name, Job... upstream) {
        return job(workflowId, name, "'depends_on_job_ids': " + ids(upstream));
    }

    static String ids(Job... jobs) {
        return java.util.Arrays.stream(jobs)
                .map(job -> Long.toString(job.id()))
                .collect(Collectors.joining(",", "[", "]"));
    }

    FileRecord file(long workflowId, String name) {
        return services()
                .files()
                .create(
                        Json.read(
                                "{'workflow_id': "
                                        + workflowId
                                        + ", 'name': '"
                                        + name
                                        + "', 'path': '"
                                        + name
                                        + ".json'}",
                                FileRecord.class));
    }

    JobStatus status(Job job) {
        return services().jobs().get(job.id()).status();
    }

    /** Claims every ready job (pending) and starts it (running) on compute node 1. */
    List<Job> claimAndStart(long workflowId) {
        List<Job> started = new ArrayList<>();
        for (Job job : services().claims().claimNext(workflowId, 1000)) {
            started.add(services().transitions().start(job.id(), 0, 1));
        }
        return started;
    }

    Job finish(Job job, JobStatus status, int returnCode) {
        return services().transitions().complete(job.id(), status, 0, result(returnCode));
    }

    Job run(long workflowId, Job job, JobStatus status, int returnCode) {
        List<Job> claimed = services().claims().claimNext(workflowId, 1000);
        for (Job other : claimed) {
            if (other.id().equals(job.id())) {
                services().transitions().start(job.id(), 0, 1);
            } else {
                services().transitions().changeStatus(other.id(), JobStatus.READY, 0);
            }
        }
        return finish(job, status, returnCode);
    }

    static JobResult result(int returnCode) {
        return Json.read(
                "{'return_code': "
                        + returnCode
                        + ", 'exec_time_minutes': 0.5, 'completion_time': '2025-01-01T00:00:00Z',"
                        + " 'compute_node_id': 1}",
                JobResult.class);
    }
}
