package org.torc.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.torc.job.JobStatus;
import org.torc.persistence.Database;
import org.torc.problem.ServiceException;
import org.torc.records.Jdbc;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.WorkflowRecordService;

/**
 * Results of job runs. Completing a job stores its result as the job's current one; results posted
 * directly are kept as history only.
 */
@ApplicationScoped
public class ResultService extends WorkflowRecordService<JobResult> {

    private static final RecordStore<JobResult> RESULTS =
            new RecordStore<>(JobResult.class, "result");

    protected ResultService() {}

    @Inject
    public ResultService(Database database) {
        super(database, RESULTS);
    }

    /**
     * Stores the result of a completion, inside the completing transaction, as the job's only
     * current result. The caller has checked the job and decided its status and run.
     */
    public static JobResult storeCurrent(
            EntityManager em, JobResult result, long jobId, long workflowId, long runId) {
        result.prepareForCompletion(jobId, workflowId, runId, Instant.now());
        Jdbc.of(em)
                .update(
                        "UPDATE result SET is_current = FALSE WHERE job_id = ? AND is_current",
                        jobId);
        RESULTS.insertAll(em, List.of(result));
        return result;
    }

    public JobResult create(JobResult result) {
        Require.present(result.jobId(), "job_id");
        Require.present(result.runId(), "run_id");
        Require.present(result.returnCode(), "return_code");
        Require.present(result.status(), "status");
        result.prepareForHistory(Instant.now());
        return inTransaction(
                em -> {
                    RecordStore.requireWorkflow(em, result.workflowId());
                    requireJobOfWorkflow(em, result.jobId(), result.workflowId());
                    return RESULTS.create(em, result);
                });
    }

    private static void requireJobOfWorkflow(EntityManager em, long jobId, long workflowId) {
        long found =
                Jdbc.of(em)
                        .number(
                                "SELECT COUNT(*) FROM job WHERE id = ? AND workflow_id = ?",
                                jobId,
                                workflowId);
        if (found == 0) {
            throw ServiceException.notFound("job", jobId);
        }
    }

    /**
     * The list filters of the contract; every one is optional. Without {@code allRuns} only current
     * results are listed.
     */
    public record Filter(
            Long jobId,
            Long runId,
            Long returnCode,
            JobStatus status,
            Long computeNodeId,
            boolean allRuns) {}

    public Page<JobResult> list(long workflowId, Filter filter, PageRequest page) {
        RecordQuery query =
                RecordQuery.all()
                        .equal("jobId", filter.jobId())
                        .equal("runId", filter.runId())
                        .equal("returnCode", filter.returnCode())
                        .equal("status", filter.status())
                        .equal("computeNodeId", filter.computeNodeId());
        if (!filter.allRuns()) {
            query.equal("current", true);
        }
        return listMatching(workflowId, query, page);
    }
}
