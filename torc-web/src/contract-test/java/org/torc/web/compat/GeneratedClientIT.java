package org.torc.web.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.torc.compat.client.ApiClient;
import org.torc.compat.client.ApiException;
import org.torc.compat.client.api.DefaultApi;
import org.torc.compat.client.model.ComputeNodesResources;
import org.torc.compat.client.model.FileModel;
import org.torc.compat.client.model.JobModel;
import org.torc.compat.client.model.JobStatus;
import org.torc.compat.client.model.JobsModel;
import org.torc.compat.client.model.ResultModel;
import org.torc.compat.client.model.WorkflowModel;
import org.torc.web.testing.RunningServer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A client generated from the contract runs a workflow from creation to completion. */
class GeneratedClientIT {

    private static DefaultApi api;

    @BeforeAll
    static void client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RunningServer.shared().baseUri().toString());
        api = new DefaultApi(client);
    }

    @Test
    void aGeneratedClientRunsAWorkflowToCompletion() throws ApiException {
        int wf = api.createWorkflow(new WorkflowModel().name("compat").user("alice")).getId();
        int data = api.createFile(new FileModel().workflowId(wf).name("d").path("d.txt")).getId();
        JobModel writer = api.createJob(job(wf, "writer").outputFileIds(List.of(data)));
        List<JobModel> readers =
                api.createJobs(
                                new JobsModel()
                                        .jobs(
                                                List.of(
                                                        job(wf, "reader1")
                                                                .inputFileIds(List.of(data)),
                                                        job(wf, "reader2")
                                                                .inputFileIds(List.of(data)))))
                        .getJobs();

        api.initializeJobs(wf, false, true, null);
        List<String> order = runAll(wf);

        assertEquals(2, readers.size());
        assertEquals("writer", order.get(0));
        assertEquals(3, order.size());
        assertTrue(api.isWorkflowComplete(wf).getIsComplete());
        assertEquals(
                3,
                api.listResults(wf, null, null, null, null, null, null, null, null, null, null)
                        .getTotalCount());
        assertEquals("completed", String.valueOf(api.getJob(writer.getId()).getStatus()));
    }

    private static JobModel job(int wf, String name) {
        return new JobModel().workflowId(wf).name(name).command("echo " + name);
    }

    /** Claims with resources, starts and completes every job until none is left. */
    private static List<String> runAll(int wf) throws ApiException {
        List<String> order = new ArrayList<>();
        ComputeNodesResources offer =
                new ComputeNodesResources()
                        .numCpus(4)
                        .memoryGb(new BigDecimal("8"))
                        .numGpus(0)
                        .numNodes(1);
        while (true) {
            List<JobModel> claimed =
                    api.claimJobsBasedOnResources(wf, 10, offer, null, null).getJobs();
            if (claimed == null || claimed.isEmpty()) {
                return order;
            }
            for (JobModel job : claimed) {
                api.startJob(job.getId(), 0, 1, null);
                api.completeJob(job.getId(), JobStatus.COMPLETED, 0, result(wf, job.getId()));
                order.add(job.getName());
            }
        }
    }

    private static ResultModel result(int wf, int jobId) {
        return new ResultModel()
                .workflowId(wf)
                .jobId(jobId)
                .runId(0)
                .computeNodeId(1)
                .returnCode(0)
                .execTimeMinutes(new BigDecimal("0.1"))
                .completionTime("2025-06-01T12:00:00Z")
                .status(JobStatus.COMPLETED);
    }
}
